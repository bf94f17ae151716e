# Català: les etiquetes, els botons i els textos de la pàgina.
