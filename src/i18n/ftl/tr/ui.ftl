# Türkçe: sayfanın etiketleri, düğmeleri ve metinleri (henüz çevrilmedi).
