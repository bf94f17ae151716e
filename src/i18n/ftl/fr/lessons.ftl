# Français : le cours (titres des leçons, étapes et explications).
