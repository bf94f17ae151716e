# Français : les libellés, boutons et textes de la page.
