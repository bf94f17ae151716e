# English: the labels, buttons and texts of the page.
