# Català: el curs (títols de les lliçons, passos i explicacions).
