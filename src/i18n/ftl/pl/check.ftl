# Polski: raport z kontroli serwera.
