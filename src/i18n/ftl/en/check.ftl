# English: the server check report.
