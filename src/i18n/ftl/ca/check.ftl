# Català: l'informe de comprovació del servidor.
