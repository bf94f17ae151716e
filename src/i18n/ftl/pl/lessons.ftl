# Polski: kurs (tytuły lekcji, kroki i objaśnienia).
