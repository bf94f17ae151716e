# Türkçe: sunucu denetimi raporu (henüz çevrilmedi).
