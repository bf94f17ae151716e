# Türkçe: sayfanın etiketleri, düğmeleri ve metinleri.

## app

ui-language = Dil
ui-app-session-state = Oturum durumu (RFC 1939 §3)
ui-app-mail = Posta kutusu ve ileti

## settings

ui-settings-preset-demo = Tanıtım sunucusu (düz + STLS)
ui-settings-preset-demo-tls = Tanıtım sunucusu (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Süresi dolmuş sertifika (tanıtım, 1996)
ui-settings-preset-fault-wrong-name = Yanlış ad (tanıtım, 1997)
ui-settings-preset-fault-self-signed = Kendinden imzalı sertifika (tanıtım, 1998)
ui-settings-preset-fault-incomplete-chain = Eksik zincir (tanıtım, 1999)
ui-settings-websockify-no-control = websockify baytları yalnızca başlatıldığı hedefe aktarır: denetim kanalı yoktur, bu yüzden uygulama sunucuyu seçemez, STLS ile TLS başlatamaz ya da sertifikaları gösteremez

## connection

ui-connection-title = Bağlantı
ui-connection-try-demo = Tanıtım sunucusunu deneyin
ui-connection-no-proxy = Bu sayfanın yanında hiçbir proxy yanıt vermiyor, bu yüzden tanıtım sunucusu sayfanın içinde çalışıyor. Gerçek sunucular ve TLS için pop3-proxy gerekir (cargo xtask dev).
ui-connection-preset = Hazır ayar
ui-connection-choose-server = Bir sunucu seçin…
ui-connection-tls-faults = Öğrenmek için TLS hataları
ui-connection-host = Ana makine
ui-connection-port = Port
ui-connection-security = Güvenlik
ui-connection-security-none = Yok (düz, port 110)
ui-connection-security-stls = STLS (karşılamadan sonra yükseltme)
ui-connection-security-implicit = Örtük TLS (port 995)
ui-connection-proxy = Proxy
ui-connection-proxy-kind = Tür
ui-connection-kind-playground = pop3-proxy (bu projeninki)
ui-connection-kind-websockify = websockify (sabit hedef, yalnızca baytlar)
# $reason (metin): nedeni, ui-settings-websockify-no-control iletisinden
ui-connection-websockify-off = Ana makine, port, güvenlik, STLS ve sertifika paneli kapalı: { $reason }.
ui-connection-proxy-url = Proxy WebSocket URL'si
ui-connection-via = Tanıtım sunucusu
ui-connection-via-auto = Bir proxy yanıt vermedikçe bu sayfada
ui-connection-via-in-page = Bu sayfada (kurulum gerekmez)
ui-connection-via-proxy = Proxy üzerinden
ui-connection-via-no-tls = Bu sayfada TLS yok: STLS ve 995 numaralı bağlantı noktası proxy'yi gerektirir.
ui-connection-pinned = Bu sunucu için güvenmeyi seçtiğiniz bir sertifika sabitlenmiş.
ui-connection-connect = Bağlan
ui-connection-disconnect = Bağlantıyı kes
ui-connection-not-connected = Bağlı değil.
ui-connection-connecting = Bağlanılıyor…
ui-connection-connected = { $host }:{ $port } adresine bağlanıldı
ui-connection-connected-in-page = Bu sayfadaki tanıtım sunucusuna bağlanıldı
# $reason (metin): bağlantının son olgusu, sözcüklerle
ui-connection-disconnected-why = Bağlantı kesildi: { $reason }
ui-connection-disconnected = Bağlantı kesildi.
ui-connection-proxy-said = Proxy'nin iletisi: { $message }

## cert_panel

ui-cert-title = TLS sertifikası
ui-cert-untrusted-title = Güvenilmeyen sertifika
ui-cert-no-version = el sıkışması tamamlanmadı
ui-cert-no-cipher = şifre takımı yok
ui-cert-no-sni = yok (bir IP adresi)
# $error (metin): TLS kitaplığının bildirdiği, söylediği biçimiyle
ui-cert-what-failed = Başarısız olan: { $error }
ui-cert-pinned = Genel kök sertifikalarla doğrulanmadı: sabitlediğiniz için kabul edildi.
ui-cert-verified = Genel kök sertifikalarla doğrulandı.
ui-cert-server = Sunucu:
ui-cert-issuer = Veren:
ui-cert-issued-by = veren: { $issuer }
ui-cert-valid = geçerlilik: { $from } – { $until }
# $names (metin): sertifikanın konu alternatif adları, virgülle ayrılmış
ui-cert-names = adlar: { $names }
ui-cert-trust-explain = Bu sunucu için tam olarak bu sertifikaya güvenin (posta istemcilerindeki gibi bir sertifika istisnası); bağlantı, parmak izi sabitlenerek yeniden kurulur.
ui-cert-trust = Bu sertifikaya güven

## login

ui-login-title = Giriş yap
ui-login-stls-offered = Sunucu STLS sunuyor: parola göndermeden önce TLS'ye yükseltin.
ui-login-send-stls = STLS gönder
ui-login-capa-hint = Sunucunun hangi mekanizmaları sunduğunu görmek için CAPA gönderin.
ui-login-demo-credentials = Tanıtım sunucusu: { $user } olarak { $password } parolasıyla oturum açın. Aynı parolayla diğer kullanıcıların her biri ters giden bir şeyi gösterir: { $others }.
ui-login-demo-fill = { $user } bilgilerini doldur
ui-login-demo-reset = Tanıtım posta kutularımı sıfırla
ui-login-demo-reset-done = Tanıtım posta kutularınız yepyeni: bütün iletiler geri geldi.
ui-login-send-capa = CAPA gönder
ui-login-method = Yöntem
ui-login-user = Kullanıcı
ui-login-password = Parola
ui-login-token = Erişim belirteci
# $host (metin): sunucunun ana makine adı
ui-login-cleartext-warning = Uyarı: { $host } bu makine değil ve bağlantı şifrelenmemiş. Parola ağda açık metin olarak gidecek. Yine de göndermek için düğmeye yeniden basın.
ui-login-send-in-clear = Parolayı açık olarak gönder
ui-login-button = Giriş yap
ui-login-apop-timestamp = Karşılamanın zaman damgası:
ui-login-apop-concatenate = Bunu sırrınızla birleştirin:
ui-login-apop-md5 = Bunun MD5 değeri, küçük harfli onaltılık:
ui-login-apop-pending = (giriş yaptığınızda hesaplanır)
ui-login-apop-send = APOP name digest gönderin: sırrın kendisi ağ üzerinden hiç gitmez.

## commands

ui-commands-title = Komutlar
ui-commands-message = İleti
# $number: ileti numarası; $octets: boyutu
ui-commands-message-size = { $number } ({ $octets ->
    [one] 1 bayt
   *[other] { $octets } bayt
})
ui-commands-top-lines = TOP satır sayısı
ui-commands-why-disabled = { $count ->
    [one] 1 komut neden devre dışı
   *[other] { $count } komut neden devre dışı
}
ui-commands-raw = Ham komut (Enter gönderir, ↑/↓ geçmiş)
ui-commands-raw-placeholder = örn. LIST 1
# $reason (metin): komutun şimdi neden geçerli olmadığı, RFC başvurusuyla
ui-commands-send-anyway = { $reason }. Yine de göndermek için Enter'a yeniden basın.
# $reason (metin): nedeni, ui-settings-websockify-no-control iletisinden
ui-commands-stls-off = STLS kapalı: { $reason } (RFC 2595 §4)

## diagram

ui-diagram-title = Sıra diyagramı
ui-diagram-summary = ({ $count ->
    [one] 1 kayıt
   *[other] { $count } kayıt
})
ui-diagram-summary-window = ({ $total } kaydın son { $shown } tanesi)
ui-diagram-download = SVG indir
ui-diagram-legend = Mavi: istemci komutları · yeşil: yanıtlar · kırmızı: -ERR · gri: proxy notları · mor: TLS
ui-diagram-empty = Henüz bir şey yok: bağlanın ya da bir döküm içe aktarın.
ui-diagram-link-hint = Dökümdeki satırını seçmek için bir oka tıklayın (ya da ok seçiliyken Enter'a basın).

## export/diagram: sayfada gösterilen ve indirilen SVG

ui-diagram-svg-label = POP3 oturumunun sıra diyagramı, { $count ->
    [one] 1 ok
   *[other] { $count } ok
}
ui-diagram-svg-title = POP3 oturumu: sıra diyagramı
ui-diagram-lane-client = İstemci (bu uygulama)
ui-diagram-lane-proxy = Proxy
ui-diagram-lane-server = POP3 sunucusu
ui-diagram-svg-window = { $total } kaydın son { $shown } tanesi gösteriliyor ({ $skipped ->
    [one] daha önceki 1 kayıt çizilmedi
   *[other] daha önceki { $skipped } kayıt çizilmedi
})
# Bir yanıtın ilk satırından sonra: gövdesinin kaç satır olduğu
ui-diagram-svg-body-lines = (+{ $count ->
    [one] 1 satır
   *[other] { $count } satır
})
ui-diagram-svg-tls = Buradan itibaren TLS: proxy ile sunucu arası şifreli

## export

ui-export-title = Dışa aktar ve paylaş
ui-export-format = Dışa aktarım biçimi
ui-export-text = Metin (C:/S:)
ui-export-json = JSON (zamanlamalar, açıklamalar)
ui-export-script-openssl = Kabuk betiği (openssl s_client)
ui-export-script-curl = curl komutları
ui-export-script-python = Python betiği (poplib)
ui-export-script-explain = Son bağlantının komutlarını yeniden oynatan bir betik. Sırlar dahil edilmezse çalışırken parolayı sorar (ya da POP3_PASSWORD değişkeninden okur).
ui-export-secrets = Sırları dahil et
ui-export-secrets-warning = Dışa aktarım artık parolaları ve SASL yanıtlarını açık olarak içeriyor.
ui-export-copy = Kopyala
ui-export-download-txt = .txt indir
ui-export-download-json = .json indir
ui-export-download-sh = .sh indir
ui-export-download-py = .py indir
ui-export-open = Bir .json dışa aktarımı açın:
ui-export-share-title = Paylaşım bağlantısı
ui-export-share-explain = Yalnızca sunucu, port, güvenlik ve proxy: asla kullanıcı adı, parola ya da sabitleme yok.
ui-export-copy-link = Bağlantıyı kopyala
ui-export-copied = Kopyalandı
ui-export-no-clipboard = Pano burada kullanılamıyor: metni seçip kopyalayın
ui-export-restored = { $count ->
    [one] 1 kayıt
   *[other] { $count } kayıt
} geri yüklendi

## import

ui-import-title = Bir döküm içe aktar
ui-import-explain = Bir oturum yapıştırın: C: ve S: önekli satırlar (RFC'lerdeki gibi) ya da düz bir telnet günlüğü. Aynı istemci motoruyla, çevrimdışı olarak yeniden oynatılır.
ui-import-run = Yeniden oynat ve açıkla

## mailbox

ui-mailbox-title = Posta kutusu
ui-mailbox-log-in-first = Posta kutusunu açmak için giriş yapın (RFC 1939 §4).
ui-mailbox-quit-sent = QUIT gönderildi: sunucu silinmiş olarak işaretlenen iletileri kaldırıyor.
ui-mailbox-connect-first = Posta kutusunu görmek için bağlanın ve giriş yapın.
ui-mailbox-load = Posta kutusunu yükle
ui-mailbox-load-title = İlk iletiler için STAT, LIST, UIDL ve TOP n 0
ui-mailbox-rset-title = RSET: silinmiş olarak işaretlenen tüm iletilerin işaretini kaldırır (RFC 1939 §5)
ui-mailbox-fetch-headers = Başlıkları getir ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0: gösterilen ve başlığı olmayan her iletinin başlık bölümü (RFC 1939 §7)
# STAT'ın söylediği: toplam $octets baytlık $count ileti ($size: aynısı, örn. "1.5 MiB"); bunların $deleted tanesi silinmiş olarak işaretli (0: hiçbir şey söyleme)
ui-mailbox-status = { $count ->
    [one] 1 ileti
   *[other] { $count } ileti
}, { $octets ->
    [one] 1 bayt
   *[other] { $octets } bayt
} ({ $size })
# STAT'tan önce: listelenen $count ileti; bunların $deleted tanesi silinmiş olarak işaretli (0: hiçbir şey söyleme)
ui-mailbox-status-listed = { $count ->
    [one] 1 ileti
   *[other] { $count } ileti
}
ui-mailbox-marked = { $deleted } ileti daha silinmiş olarak işaretli (QUIT ile kaldırılır)
# $command (metin): yanıtı gelmekte olan komut, örn. "RETR 2"
ui-mailbox-receiving = { $command } alınıyor
# $received, $total (metin): boyutlar, örn. "1.5 MiB"
ui-mailbox-received-of = { $received } / { $total }
# $received (metin): bir boyut, örn. "1.5 MiB"
ui-mailbox-received = { $received } alındı
ui-mailbox-empty = Posta kutusu boş.
ui-mailbox-press-load = İletileri listelemek için “Posta kutusunu yükle” düğmesine basın.
ui-mailbox-col-number-title = İleti numarası (RFC 1939 §5)
ui-mailbox-col-size = Boyut
ui-mailbox-col-size-title = Bayt, LIST'ten
ui-mailbox-col-uid-title = Benzersiz kimlik, UIDL'den
ui-mailbox-col-from = Kimden
ui-mailbox-col-subject = Konu
ui-mailbox-col-date = Tarih
ui-mailbox-col-actions = Eylemler
ui-mailbox-showing = { $total } iletiden { $shown } tanesi gösteriliyor.
ui-mailbox-show-more = { $count } tane daha göster
ui-mailbox-show-message = { $number } numaralı iletiyi göster
ui-mailbox-retr-title = RETR { $number }: indir ve göster
ui-mailbox-dele-title = DELE { $number }: silinmiş olarak işaretle
ui-mailbox-size-title = { $octets ->
    [one] 1 bayt, LIST'ten
   *[other] { $octets } bayt, LIST'ten
}
ui-mailbox-deleted = silindi
ui-mailbox-open = Aç

## message

ui-message-title = İleti
ui-message-empty = Başlıklarını, MIME yapısını ve gövdesini görmek için bir ileti açın.
ui-message-views = İleti görünümleri
ui-message-tab-headers = Başlıklar
ui-message-tab-structure = Yapı
ui-message-tab-text = Metin
ui-message-tab-html = HTML
ui-message-tab-attachments = Ekler
ui-message-tab-raw = Ham
ui-message-no-subject = (konu yok)
ui-message-from = Kimden
ui-message-to = Kime
ui-message-date = Tarih
# İletinin numarası ve boyutu ($size: aynısı, örn. "1.5 MiB")
ui-message-number-size = #{ $number }, { $octets ->
    [one] 1 bayt
   *[other] { $octets } bayt
} ({ $size })
ui-message-problem-not-a-message = Hiç başlık alanı bulunamadı: bu bir İnternet iletisine benzemiyor (RFC 5322)
ui-message-problem-undecodable = { $count ->
    [one] 1 bölümün kodu düzgün çözülemedi (bozuk base64, quoted-printable ya da karakter kümesi); okunabilen kısım gösteriliyor
   *[other] { $count } bölümün kodu düzgün çözülemedi (bozuk base64, quoted-printable ya da karakter kümesi); okunabilen kısım gösteriliyor
}
ui-message-heading = İleti { $number }
ui-message-fetching = İndiriliyor…
ui-message-reading = İleti bölümlerine ayrılıyor…
ui-message-problem-no-reader = İleti burada bölümlerine ayrılamadı: { $reason }. Ham kaynağı yine de gösteriliyor.
ui-message-send-retr = RETR { $number } gönder
ui-message-retry-retr = RETR { $number } yeniden dene
ui-message-no-headers = Başlık alanı yok.
ui-message-as-sent = Gönderildiği gibi
ui-message-part-octets = { $octets ->
    [one] 1 bayt
   *[other] { $octets } bayt
}
ui-message-part-octets-sent = { $octets ->
    [one] gönderildiği gibi 1 bayt
   *[other] gönderildiği gibi { $octets } bayt
}
ui-message-part-count = { $count ->
    [one] 1 bölüm
   *[other] { $count } bölüm
}
ui-message-part-charset = karakter kümesi { $charset }
ui-message-part-raw-title = { $octets ->
    [one] başlıklarla birlikte, gönderildiği gibi 1 bayt
   *[other] başlıklarla birlikte, gönderildiği gibi { $octets } bayt
}
ui-message-implied = (örtük)
ui-message-implied-title = Content-Type alanı yok: RFC 2045 §5.2 varsayılanı
ui-message-part-problem = kodu düzgün çözülemedi
ui-message-no-structure = Hiçbir MIME yapısı okunamadı.
ui-message-no-text = Bu iletinin metin bölümü yok.
ui-message-text-from-html = text/plain bölümü yok: bu metin HTML bölümünden üretildi.
ui-message-no-attachments = Ek yok.
ui-message-col-name = Ad
ui-message-col-type = Tür
ui-message-col-size = Boyut
ui-message-no-name = (adsız)
ui-message-large = Bu ileti { $size }: tüm parçalarını okumak sayfayı bir an durdurur, bu yüzden isteğinizi bekler.
ui-message-large-open = Parçalarını göster
ui-message-attachment-download = Bu eki dosya olarak kaydet
ui-message-decoded-title = { $octets ->
    [one] kodu çözülmüş 1 bayt
   *[other] kodu çözülmüş { $octets } bayt
}
# $size (metin): örn. "1.5 MiB"
ui-message-show-all = Tümünü göster ({ $size } daha)
ui-message-no-html = Bu iletinin HTML bölümü yok.
ui-message-html-mode = HTML nasıl gösterilsin
ui-message-html-rendered = Görüntülenmiş (korumalı alanda)
ui-message-html-source = Kaynak
ui-message-html-frame = HTML bölümü, korumalı alanda: betik yok, uzak içerik yok
# Boyutlar: $size bir sayıdır, 10'un altında bir ondalık basamaklı (örn. "1.5")

ui-message-size-bytes = { $size } B
ui-message-size-kib = { $size } KiB
ui-message-size-mib = { $size } MiB
ui-message-size-gib = { $size } GiB
ui-message-size-tib = { $size } TiB

## transcript

ui-transcript-title = Döküm
ui-transcript-toolbar = Döküm görünümü
ui-transcript-crlf = CR/LF göster
ui-transcript-crlf-title = Satır sonlarını göster: ␍ CR, ␊ LF demektir
ui-transcript-hex = Onaltılık
ui-transcript-hex-title = Seçili kaydın baytlarını onaltılık olarak göster
ui-transcript-reveal = Sırları göster
ui-transcript-reveal-title = ******** yerine parolaları ve SASL yanıtlarını göster
ui-transcript-follow = İzle
ui-transcript-follow-title = En yeni kaydı görünür tut
ui-transcript-problems = Yalnızca sorunlar
ui-transcript-problems-title = Yalnızca uyarı ya da RFC ihlali içeren kayıtları listele
ui-transcript-count-problems = { $shown } / { $total } kayıt
ui-transcript-no-problems = Bu dökümde uyarı ya da RFC ihlali yok
ui-transcript-clear = Temizle
ui-transcript-clear-title = Şimdiye kadar gösterilen tüm kayıtları unut
ui-transcript-count = { $count ->
    [one] 1 kayıt
   *[other] { $count } kayıt
}
ui-transcript-list = POP3 oturumunun dökümü
ui-transcript-empty = Her baytı burada görmek için bir sunucuya bağlanın
ui-transcript-keys-hint = Bir kayıt seçmek için Yukarı ve Aşağı ok tuşlarını, Page Up, Page Down, Home ve End tuşlarını kullanın; ayrıntıları listenin ardından gelir.
ui-transcript-selected = Seçili kayıt
ui-transcript-select-hint = Baytlarını ve onunla ilgili her notu görmek için bir kayıt seçin (tıklayın ya da listede ↑ ve ↓ kullanın).
# Yön sütunu: istemci satırları "C:", sunucu satırları "S:", geri kalanlar bu sözcük
ui-transcript-dir-proxy = proxy
ui-transcript-dir-client = İstemci → sunucu
ui-transcript-dir-server = Sunucu → istemci
ui-transcript-dir-proxy-title = Proxy'den ya da bu uygulamadan
ui-transcript-state-change = Durum değişikliği
ui-transcript-body-title = Çok satırlı bir yanıt: gövdesini okumak için seçin
ui-transcript-rtt-title = Gidiş-dönüş süresi: komutun gönderilmesinden bu yanıta kadar
ui-transcript-warning = Uyarı
ui-transcript-violation = RFC ihlali
ui-transcript-severity-info = bilgi
ui-transcript-severity-warning = uyarı
ui-transcript-severity-violation = ihlal
# $rtt (metin): örn. "3.2 ms"
ui-transcript-round-trip = gidiş-dönüş { $rtt }
# $size (metin): ui-transcript-octets iletisinden
ui-transcript-raw = Ham: { $size }
# $size (metin): ui-transcript-body-size iletisinden
ui-transcript-body = Gövde: { $size }
ui-transcript-octets = { $count ->
    [one] 1 bayt
   *[other] { $count } bayt
}
ui-transcript-body-size = { $lines ->
    [one] 1 satır
   *[other] { $lines } satır
}, { $octets ->
    [one] 1 bayt
   *[other] { $octets } bayt
}
ui-transcript-hex-cut = { $total } baytın ilk { $shown } baytı gösteriliyor.
ui-transcript-body-cut = { $total } baytın ilk { $kib } KiB'ı gösteriliyor.
ui-transcript-secret-revealed = Sır gösterildi: şu anda ekranınızda.
ui-transcript-secret-masked = Bu satır bir sır taşıyor, burada maskelenmiş. Göstermek için “Sırları göster” düğmesine basın.
# Ekran okuyucunun seçili kayıt için söylediği: konumu, yönü
# (ui-transcript-dir-proxy ya da "C:"/"S:"), satır ve açıklaması
ui-transcript-announce = Kayıt { $number } / { $total }, { $direction } { $line }. { $headline }
