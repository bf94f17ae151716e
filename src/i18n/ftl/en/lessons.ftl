# English: the course (lesson titles, steps and explanations).
