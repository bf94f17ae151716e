# Türkçe: protokol çekirdeğinin her satır hakkında söyledikleri (pop3::annotate::Say).
# Protokol sözcükleri (USER, PASS, +OK, …), sunucunun gönderdikleri ve RFC
# başvuruları her dilde olduğu gibi kalır.

## Bir komutun istediği

cmd-user = "{ $name }" posta kutusunu belirtir; ardından PASS gelmelidir
cmd-pass = Parolayı açık metin olarak gönderir (burada maskelenir)
cmd-apop = "{ $name }" olarak MD5(zaman damgası + paylaşılan sır) ile giriş yapar: sırrın kendisi ağ üzerinden hiç gönderilmez
cmd-quit = Oturumu sonlandırır; TRANSACTION durumunda sunucu önce silme işlemlerini uygular (UPDATE durumu)
cmd-stat = İleti sayısını ve iletilerin toplam boyutunu sorar
cmd-list-all = Her iletinin boyutunu sorar (çok satırlı bir tarama listesi)
cmd-list-one = { $msg } numaralı iletinin boyutunu sorar
cmd-retr = { $msg } numaralı iletiyi indirir (çok satırlı, nokta doldurmalı bir yanıt)
cmd-dele = { $msg } numaralı iletiyi silinmiş olarak işaretler; ileti ancak QUIT komutundan sonra kaldırılır
cmd-noop = Hiçbir şey yapmaz; bağlantıyı canlı tutar
cmd-rset = Bu oturumda silinmiş olarak işaretlenen tüm iletilerin işaretini kaldırır
cmd-top = { $msg } numaralı iletinin başlıklarını ve gövdesinin ilk { $lines } satırını sorar
cmd-uidl-all = Her iletinin benzersiz kimliğini sorar (çok satırlı)
cmd-uidl-one = { $msg } numaralı iletinin benzersiz kimliğini sorar
cmd-last = Erişilmiş en yüksek ileti numarasını sorar (eskimiş: RFC 1460 sonrasında kaldırıldı)
cmd-capa = Sunucunun hangi uzantıları desteklediğini sorar
cmd-stls = Bu bağlantının TLS'ye yükseltilmesini ister
cmd-auth = { $mechanism } ile SASL kimlik doğrulamasını başlatır
cmd-auth-initial = { $mechanism } ile SASL kimlik doğrulamasını başlatır ve ilk yanıtı hemen gönderir (maskelenmiş)
cmd-auth-bare = Yalın AUTH: birçok sunucu SASL mekanizmalarını listeler (standart değil; CAPA kullanın)
cmd-utf8 = Oturumu UTF-8 kipine geçirir
cmd-lang-list = Sunucunun konuştuğu dilleri listeler
cmd-lang-set = Sunucu yanıtlarını "{ $tag }" dilinde ister
cmd-unknown = "{ $keyword }" bu istemcinin bildiği bir komut değil; sunucu -ERR ile yanıt vermelidir
cmd-bad-arguments = { $keyword } almadığı argümanlarla: bilinen bir komut, yanlış kullanılmış; sunucu -ERR ile yanıt vermelidir
sasl-response = Bir SASL yanıtı (base64, maskelenmiş)
sasl-empty-response = Boş bir yanıt
sasl-cancel = "*" değişimi iptal eder; sunucu -ERR ile yanıt vermelidir
sasl-deferred-initial = Boş sınamadan sonra gönderilen ilk yanıt

## Bir SASL değişiminde istemcinin adımları

sasl-nothing = { $mechanism }: henüz hiçbir şey gönderilmedi: { $mechanism } değişimi AUTH { $mechanism } ile başlar
sasl-initial-plain = PLAIN: ilk yanıt: boş bir yetkilendirme kimliği (giriş yapan kullanıcı adına hareket edilir), "{ $username }" kullanıcı adı ve parola; aralarında NUL baytları (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN: ilk yanıt: "{ $authzid }" yetkilendirme kimliği, "{ $username }" kullanıcı adı ve parola; aralarında NUL baytları (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2: ilk yanıt: user="{ $username }" ve OAuth 2.0 belirteciyle auth=Bearer; aralarında ^A baytları (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER: ilk yanıt: GS2 başlığı, ardından key=value çiftleri olarak host, port ve OAuth 2.0 belirteciyle auth=Bearer; aralarında ^A baytları (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256: client-first-message: kullanıcı adı ve yeni bir nonce (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN: ilk yanıt: boş bir yetkilendirme kimliği (giriş yapan kullanıcı adına hareket edilir), "{ $username }" kullanıcı adı ve parola; aralarında NUL baytları (RFC 4616 §2); sunucunun boş sınamasına yanıt olarak gönderildi (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN: ilk yanıt: "{ $authzid }" yetkilendirme kimliği, "{ $username }" kullanıcı adı ve parola; aralarında NUL baytları (RFC 4616 §2); sunucunun boş sınamasına yanıt olarak gönderildi (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2: ilk yanıt: user="{ $username }" ve OAuth 2.0 belirteciyle auth=Bearer; aralarında ^A baytları (Google XOAUTH2); sunucunun boş sınamasına yanıt olarak gönderildi (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER: ilk yanıt: GS2 başlığı, ardından key=value çiftleri olarak host, port ve OAuth 2.0 belirteciyle auth=Bearer; aralarında ^A baytları (RFC 7628 §3.1); sunucunun boş sınamasına yanıt olarak gönderildi (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256: client-first-message: kullanıcı adı ve yeni bir nonce (RFC 5802 §5.1); sunucunun boş sınamasına yanıt olarak gönderildi (RFC 4422 §5)
sasl-login-username = LOGIN: ilk sınama "{ $username }" kullanıcı adıyla yanıtlandı (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN: ikinci sınama parolayla yanıtlandı (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5: sınama, "{ $username }" kullanıcı adı ve sınamanın parolayla anahtarlanmış HMAC-MD5 değeri (onaltılık) ile yanıtlandı; parolanın kendisi gönderilmez (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2: sunucu sınama olarak bir hata gönderdi; boş bir yanıt hatayı onaylar, böylece sunucu -ERR ile yanıt verebilir (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER: sunucu sınama olarak bir hata gönderdi; tek bir ^A baytı hatayı onaylar, böylece sunucu değişimi başarısız sayabilir (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256: client-final-message: birleşik nonce ve istemcinin parolayı bildiğini gösteren, { $iterations ->
        [one] { $iterations } yinelemeli
       *[other] { $iterations } yinelemeli
    } PBKDF2-HMAC-SHA-256 ile hesaplanmış bir kanıt; parolanın kendisi gönderilmez (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256: server-final-message doğrulandı: sunucunun imzası, sunucunun da parolayı bildiğini kanıtlar; boş bir yanıt değişimi tamamlar (RFC 5802 §5.1)
sasl-stopped = { $mechanism }: durduruldu: { $error }; istemci değişimi "*" ile iptal etmelidir (RFC 5034 §4)

## Komutlar üzerine notlar

note-unknown-command = Bilinmeyen komut
note-bad-arguments = Hatalı argümanlar: komut { $usage } biçiminde yazılır (ileti numaraları 1’den başlar)
note-bad-arguments-accepted = Sunucu, RFC’nin izin vermediği argümanları kabul etti: -ERR ile yanıt vermeliydi
note-keyword-length = Anahtar sözcükler 3 ya da 4 karakterdir
note-argument-length = Argümanlar en fazla 40 karakter olabilir; bazı sunucular daha uzun olanları reddeder
note-command-line-length = Komut satırları CRLF dahil en fazla 255 bayt olabilir
note-last-removed = LAST, RFC 1725 ile POP3'ten kaldırıldı
note-pass-in-clear = Parola ağda şifrelenmeden gider: önce STLS ya da 995 numaralı portu kullanın
note-pass-in-tls = Parola TLS içinde gider: ağda şifrelidir
note-capability-missing = Sunucunun yetenek listesinde { $name } yok

## Karşılama

greeting-refused = Sunucu bağlantıyı reddediyor: { $text }
note-greeting-err = RFC 1939 bir +OK karşılaması bekler; burada -ERR genellikle sunucunun aşırı yüklü olduğu ya da engellendiğiniz anlamına gelir
greeting-ready = Sunucu hazır: oturum artık AUTHORIZATION durumunda
note-timestamp = Zaman damgası { $timestamp }: sunucu APOP sunuyor; APOP bu damgayı sırrınızla birlikte özetler
note-no-timestamp = Karşılamada <…> zaman damgası yok: APOP kullanılamaz
greeting-continuation = Karşılama yerine bir SASL devam satırı
note-greeting-must-be-ok = Sunucu +OK ile açılış yapmalıdır

## Yanıtlar

reply-unsolicited = İstenmemiş bir yanıt
note-unsolicited = Yanıt bekleyen bir komut yokken sunucu bir yanıt gönderdi
reply-failed = { $keyword } başarısız oldu: { $text }
note-login-refused = Giriş reddedildi; oturum AUTHORIZATION durumunda kalır ve yeniden deneyebilirsiniz
reply-login-failed = Giriş başarısız oldu; sunucu bir neden belirtmedi
reply-login-failed-text = Giriş başarısız oldu: { $text }
reply-unknown-command = Sunucu bu komutu bilmiyor
reply-bad-arguments = Sunucu argümanları, olması gerektiği gibi reddetti
reply-bad-arguments-accepted = Sunucu { $keyword } komutunu almadığı argümanlarla kabul etti
reply-user = "{ $name }" posta kutusu kabul edildi; şimdi PASS gönderin
reply-logged-in = Giriş yapıldı: posta kutusu kilitlendi ve oturum TRANSACTION durumunda ({ $text })
reply-auth = SASL { $mechanism } kimlik doğrulaması başarılı: TRANSACTION durumu
reply-auth-mechanisms = Mekanizmalar: { $list }
reply-quit = Hoşça kalın: silinmiş olarak işaretlenen iletiler artık kaldırıldı
reply-quit-no-update = Hoşça kalın: oturum açmadan önce QUIT, oturumu UPDATE durumu olmadan bitirir; hiçbir şey kaldırılmaz
reply-stat = { $count ->
    [one] { $count } ileti
   *[other] { $count } ileti
}, toplam { $octets } bayt
reply-stat-odd = STAT yanıtı: "{ $text }"
note-stat-form = Bir STAT yanıtı "+OK nn mm" biçiminde olmalıdır: ileti sayısı, bir boşluk, toplam bayt
reply-list-one = { $msg } numaralı ileti { $octets } bayt
reply-list-one-odd = LIST { $msg } yanıtı: "{ $text }"
note-list-form = Bir LIST yanıtı "+OK msg octets" biçiminde olmalıdır
reply-list-empty = Tarama listesi: posta kutusu boş
reply-list-all = { $count ->
    [one] { $count } iletinin
   *[other] { $count } iletinin
} tarama listesi, { $octets } bayt
note-scan-line = "{ $line }" tarama listesi satırı "msg octets" biçiminde değil
reply-retr = { $msg } numaralı ileti: nokta doldurması kaldırıldıktan sonra { $octets } bayt
reply-top = { $msg } numaralı iletinin başlıkları ve ilk satırları: nokta doldurması kaldırıldıktan sonra { $octets } bayt
note-retr-announced = Sunucu { $octets } bayt bildirdi
note-retr-no-size = +OK satırı boyut belirtmiyor (RFC 1939 bunu zorunlu tutmaz; boyutlar için LIST kullanın)
reply-dele = { $msg } numaralı ileti silinmiş olarak işaretlendi (QUIT ile kaldırılır; RSET bunu geri alır)
reply-noop = Sunucu hâlâ orada
reply-rset = Silme işaretleri kaldırıldı
reply-rset-text = Silme işaretleri kaldırıldı ({ $text })
reply-uidl-one = { $msg } numaralı iletinin benzersiz kimliği: { $text }
note-uidl-form = Bir UIDL yanıtı "+OK msg unique-id" biçiminde olmalıdır
reply-uidl-all = { $count ->
    [one] { $count } iletinin
   *[other] { $count } iletinin
} benzersiz kimlikleri
note-uid-twice = "{ $uid }" benzersiz kimliği iki kez kullanılmış
note-uidl-line = "{ $line }" satırı "msg unique-id" biçiminde değil
note-uid-length = { $length } karakterlik benzersiz kimlik: 1 ile 70 karakter arasında olmalıdır
note-uid-chars = "{ $uid }" benzersiz kimliği 0x21-0x7E aralığı dışında karakterler içeriyor
reply-last = Erişilmiş en yüksek ileti: { $text }
reply-capa-none = Sunucu hiçbir yetenek listelemiyor
reply-capa = Yetenekler: { $list }
reply-stls = Devam edin: TLS bu bağlantıda şimdi başlıyor; önceki yetenekler unutulur
reply-utf8 = UTF-8 kipi açık
reply-lang-list = Sunucunun konuştuğu diller
reply-lang-set = Yanıtlar "{ $tag }" dilinde olacak
reply-extension = Sunucu bir uzantı olan "{ $keyword }" komutunu kabul etti
note-not-standard = Standart bir POP3 komutu değil

## Yetenekler

cap-top = TOP: iletinin tamamı olmadan başlıklar
cap-user = USER: USER/PASS ile giriş yapılabilir
cap-sasl = SASL: { $list } ile AUTH
cap-resp-codes = RESP-CODES: -ERR yanıtları [kodlar] taşır
cap-login-delay = LOGIN-DELAY: girişler arasında { $seconds } sn bekleyin
cap-pipelining = PIPELINING: komutlar yanıt beklenmeden gönderilebilir
cap-expire-never = EXPIRE NEVER: iletiler sunucuda saklanır
cap-expire = EXPIRE { $days }: iletiler { $days } gün sonra silinebilir
cap-uidl = UIDL: değişmeyen benzersiz kimlikler
cap-implementation = IMPLEMENTATION: { $text }
cap-stls = STLS: bu bağlantıda TLS başlatılabilir
cap-auth-resp-code = AUTH-RESP-CODE: [AUTH] hatalı kimlik bilgilerini belirtir
cap-utf8 = UTF8: UTF-8 kipi kullanılabilir
cap-lang = LANG: başka dillerde yanıtlar

## Yanıt kodları

code-in-use = [IN-USE]: posta kutusunun kilidi başka bir oturumda; o oturumu kapatıp yeniden deneyin
code-login-delay = [LOGIN-DELAY]: çok kısa süre önce giriş yaptınız; bekleyin (LOGIN-DELAY yeteneğine bakın)
code-sys-temp = [SYS/TEMP]: geçici bir sunucu sorunu; daha sonra yeniden denemek işe yarayabilir
code-sys-perm = [SYS/PERM]: kalıcı bir sunucu sorunu; yeniden denemek işe yaramaz
code-auth = [AUTH]: kimlik bilgileri yanlış (sunucu sorunu değil)
code-utf8 = [UTF8]: bu posta kutusu UTF-8 kipi gerektirir
code-other = [{ $code }]: bu aracın bilmediği genişletilmiş bir yanıt kodu

## Çözücünün hoş gördükleri ya da reddettikleri

note-bare-lf = { $lines ->
    [one] { $lines } satır
   *[other] { $lines } satır
} yalnızca LF ile bitti; POP3 satırları CRLF ile biter
note-long-lines = { $count ->
    [one] { $count } satır
   *[other] { $count } satır
} { $limit } bayttan uzun (en uzunu { $longest })
note-unstuffed-dot = { $count ->
    [one] { $count } satır
   *[other] { $count } satır
} tek bir "." ile başladı (ilki: { $first }. satır): sunucu nokta doldurma yapmadı, bu yüzden iletideki bir "." satırı iletiyi erkenden bitirirdi
note-lowercase-status = Durum göstergesi büyük harfle yazılmamış (+OK / -ERR)
note-dropped-lines = { $count ->
    [one] { $count } aşırı uzun satır
   *[other] { $count } aşırı uzun satır
} atıldı
malformed-status = Bir POP3 yanıtı değil (+OK ya da -ERR ile başlamalıdır): "{ $line }"
note-status-indicator = Her yanıt bir durum göstergesiyle başlar: +OK ya da -ERR
malformed-line-too-long = { $limit } bayttan uzun bir satır reddedildi
note-line-dropped = Bir satır, bu istemcinin kabul ettiği { $limit } baytlık sınırı aştı; atıldı
note-body-line-dropped = Çok satırlı bir gövdedeki bir satır, bu istemcinin kabul ettiği { $limit } baytlık sınırı aştı; atıldı

## İstemcinin fark ettikleri

stls-leftover = STLS komutuna verilen +OK yanıtından sonra, TLS başlamadan önce { $bytes } bayt açık olarak geldi; bu baytlar atıldı
note-stls-injection = STLS komutuna verilen +OK yanıtından sonra TLS el sıkışmasından önce hiçbir şey gelmemelidir; bu tür baytlar bir enjeksiyon saldırısı olabilir
sasl-challenge-replayed = Sunucudan bir SASL sınaması
plus-unexpected = Beklenmeyen bir "+" satırı
note-plus-outside-auth = "+ " devam satırları yalnızca bir AUTH değişiminde bulunur
note-plus-no-space = Bir devam satırı, sınama boş olsa bile "+", bir boşluk ve ardından base64'ten oluşur; bu "+" satırında boşluk yok
sasl-challenge = Sunucudan { $mechanism } sınaması
note-challenge-base64 = Sınama geçerli bir base64 değil
note-challenge-decoded = Kodu çözülmüş hâli: { $text }
sasl-cancelled = Kimlik doğrulama iptal edildi: { $error }
note-sasl-error = { $error }
sasl-unverified = Sunucu girişi kabul etti, ancak: { $error }
note-retr-size-mismatch = LIST { $listed } bayt dedi ama { $arrived } bayt geldi (LIST boyutları CRLF satır sonlarını da saymalıdır)
note-retr-over-total = İleti { $arrived } bayt; bu, STAT'ın tüm posta kutusu için bildirdiği { $total } bayttan fazla
note-body-left-out = Kayıt iletiyi atlıyor (RFC 1939 örneğindeki gibi yerinde bir yer tutucu var), bu yüzden boyutu denetlenemez
note-list-total-mismatch = Listedeki boyutların toplamı { $listed } bayt, ancak STAT posta kutusu için { $total } bayt bildirdi; LIST ve STAT tam olarak aynı iletileri sayar
note-listing-beyond = { $msg } numaralı ileti yok: posta kutusunda yalnızca { $count } ileti var
note-listing-missing = { $count ->
    [one] { $first } numaralı ileti için satır yok
   *[other] { $first }–{ $last } numaralı iletiler için satır yok
}; listede, silinmiş olarak işaretlenmemiş her ileti için bir satır bulunmalıdır
note-deleted-served = { $msg } numaralı ileti silinmiş olarak işaretli; sunucu bu iletiyi vermeyi reddetmelidir
note-code-unadvertised = RESP-CODES duyurulmadığı hâlde bir yanıt kodu
note-uid-changed = { $msg } numaralı iletinin benzersiz kimliği bu oturumda daha önce "{ $old }" idi, şimdi "{ $new }"

## Bir komut neden şimdi gönderilemez

refuse-tls-pending = TLS müzakeresi sürüyor; tamamlanana kadar hiçbir şey gönderilemez
refuse-sasl-pending = Bir AUTH değişimi sürüyor; önce bu değişimin bitmesi gerekir
refuse-no-greeting = Sunucu henüz karşılama göndermedi; +OK karşılamasını bekleyin
refuse-closed = Oturum kapalı
refuse-update = QUIT gönderildi: sunucu silme işlemlerini uyguluyor ve bağlantıyı kapatacak
refuse-pass-without-user = PASS, sunucunun kabul ettiği bir USER komutundan sonra gelmelidir
refuse-no-apop = Karşılamada <…> zaman damgası yoktu, bu yüzden bu sunucu APOP sunmuyor
refuse-tls-active = TLS bu bağlantıda zaten etkin
refuse-unknown = "{ $keyword }" bu istemcinin bildiği bir POP3 komutu değil
refuse-bad-arguments = { $keyword } bu argümanları almaz: { $usage } biçiminde yazılır (ileti numaraları 1’den başlar)
refuse-transaction-only = { $keyword } yalnızca TRANSACTION durumunda geçerlidir: önce giriş yapın
refuse-authorization-only = { $keyword } yalnızca AUTHORIZATION durumunda geçerlidir: zaten giriş yaptınız
refuse-deleted = { $msg } numaralı ileti silinmiş olarak işaretli (RSET işareti kaldırır)
refuse-beyond = { $count ->
    [one] Posta kutusunda yalnızca { $count } ileti var
   *[other] Posta kutusunda yalnızca { $count } ileti var
}
