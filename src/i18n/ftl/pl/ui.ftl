# Polski: etykiety, przyciski i teksty strony.
