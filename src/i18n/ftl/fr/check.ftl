# Français : le rapport de vérification du serveur.
