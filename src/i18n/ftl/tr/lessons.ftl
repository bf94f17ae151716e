# Türkçe: kurs (ders başlıkları, adımlar ve açıklamalar; henüz çevrilmedi).
