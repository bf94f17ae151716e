# Türkçe: sunucu denetimi raporu (pop3::check::Said) ve paneli.
# Protokol sözcükleri (CAPA, +OK, [IN-USE], …), sunucunun gönderdikleri, komutlar ve
# RFC başvuruları her dilde olduğu gibi kalır. Yanıtlar sunucunun gönderdiği
# biçimde alıntılanır ({ $reply }: "+OK [CODE] text").

## Her testin denetlediği: raporun satır başlıkları

check-probe-greeting = Karşılama
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = TLS altında STLS ve CAPA
check-probe-login = USER/PASS ile giriş
check-probe-bad-pass = Yanlış parolaların reddi
check-probe-apop = APOP ile giriş
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = AUTH PLAIN kimliğinde CR LF
check-probe-resp-codes = Yanıt kodları
check-probe-stat-list = STAT ile LIST tutarlı
check-probe-uidl = UIDL benzersiz kimlikleri
check-probe-uidl-stable = UIDL oturumlar arasında değişmiyor
check-probe-bad-arguments = LIST ve UIDL hatalı argümanları reddediyor
check-probe-top = TOP 1 0
check-probe-top-stuffing = TOP içinde nokta doldurma
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Satır sonları ve nokta doldurma
check-probe-reply-syntax = Yanıt sözdizimi
check-probe-dele-rset = DELE, RETR reddi, RSET geri yükler
check-probe-unknown-command = Bilinmeyen komut
check-probe-line-length = Komut satırı uzunluğu
check-probe-timing = Yanıt süreleri
check-probe-quit = QUIT
check-probe-relogin = Yeni bir oturumda yeniden giriş
check-probe-not-run = Kalan testler

## Oturumlar: bağlantılar, zaman aşımları, çalıştırılamayan testler

check-connect-failed = bağlanılamadı: { $reason }
check-closed-waiting = { $command } komutunun yanıtı beklenirken sunucu bağlantıyı kapattı
check-closed-waiting-long = { $octets } baytlık bir { $command } satırının yanıtı beklenirken sunucu bağlantıyı kapattı
check-closed-before-greeting = sunucu bağlantıyı karşılamadan önce kapattı
check-partial-body = gövdenin { $octets ->
    [one] { $octets } baytı
   *[other] { $octets } baytı
} gelmişti
check-link-reason = bağlantının bildirdiği: { $reason }
check-no-reply = { $command } komutuna { $seconds } sn içinde yanıt gelmedi
check-no-reply-long = { $octets } baytlık bir { $command } satırına { $seconds } sn içinde yanıt gelmedi
check-no-greeting = { $seconds } sn içinde karşılama gelmedi
check-not-sent = { $command } gönderilemedi
check-not-run-no-connection = çalıştırılmadı: bağlantı açılamadı
check-not-run-no-session = çalıştırılmadı: bir oturum açılamadı
check-not-run-too-many-sessions = çalıştırılmadı: çok fazla oturum (sunucu bağlantıyı kesip durdu)
check-not-run-greeting-refused = çalıştırılmadı: sunucu bağlantıyı reddetti
check-not-run-login-refused = çalıştırılmadı: giriş reddedildi ({ $reply })
check-not-run-stls-refused = çalıştırılmadı: STLS reddedildi
check-not-advertised = CAPA içinde duyurulmamış
check-command-got = { $command } komutuna gelen yanıt: { $reply }
check-advertised-but = { $command } duyurulmuş ama yanıt: { $reply }
check-and-more = ve { $count } tane daha

## greeting

check-greeting-err = sunucu -ERR ile karşıladı: { $text }
check-greeting-no-text = metinsiz +OK
check-greeting-timestamp = metinli ve iyi biçimli bir APOP zaman damgalı +OK: { $timestamp }
check-greeting-bad-timestamp = metinli +OK; içindeki <...> geçerli bir APOP zaman damgası değil (<local@domain>)
check-greeting-no-timestamp = metinli +OK (APOP zaman damgası yok)
check-apop-not-offered = karşılamada zaman damgası yok: APOP sunulmuyor

## capa

check-capa-not-supported = CAPA desteklenmiyor ({ $reply }); yalnızca temel özellikler sınanıyor
check-capa-listed = { $count ->
    [one] { $count } yetenek
   *[other] { $count } yetenek
}: { $names }
check-capa-malformed = bozuk yetenek satırları: { $lines }

## stls

check-stls-upgraded = bağlantı STLS ile yükseltildi
check-stls-refused = STLS reddedildi: { $reply }
check-stls-implicit = ilk bayttan itibaren TLS: STLS burada geçerli değil
check-stls-offered = bu düz bağlantıda sunuluyor (denetim kullanmıyor)
check-stls-not-offered = düz bağlantıda sunulmuyor: parolalar ağda açık olarak gider

## stls-after-tls

check-stls-after-tls-plain = denetim TLS altında çalışmadı; bunu sınamak için STLS ya da ilk bayttan TLS seçin
check-stls-again-refused = TLS altında yeniden gönderilen STLS komutuna { $reply } geldi
check-stls-again-accepted = TLS altında yeniden gönderilen STLS komutuna { $reply } geldi: bu, ilk TLS anlaşmasının içinde ikincisini istemek demektir; bağlantı kesildi
check-capa-tls-no-stls = TLS altında CAPA artık STLS listelemiyor
check-capa-tls-still-stls = TLS altında CAPA hâlâ STLS listeliyor ve böylece istemciyi onu yeniden göndermeye çağırıyor

## login, apop, sasl

check-login-accepted = kabul edildi: { $reply }
check-login-accepted-but = kabul edildi ({ $reply }), ancak istemci sorunlar buldu
check-login-refused = giriş reddedildi: { $reply }
check-login-refused-in-use = giriş reddedildi: { $reply } — [IN-USE]: posta kutusu başka bir oturum tarafından kilitlenmiş
check-login-refused-login-delay = giriş reddedildi: { $reply } — [LOGIN-DELAY]: çok kısa süre önce giriş yapıldı
check-login-refused-auth = giriş reddedildi: { $reply } — [AUTH]: kullanıcı adı ya da parola yanlış
check-login-refused-sys-temp = giriş reddedildi: { $reply } — [SYS/TEMP]: geçici bir sunucu sorunu
check-login-refused-sys-perm = giriş reddedildi: { $reply } — [SYS/PERM]: kalıcı bir sunucu sorunu
check-no-sasl = hiçbir SASL mekanizması duyurulmamış
check-needs-token = parola değil, bir OAuth belirteci gerektirir
check-mechanism-unknown = bu istemcinin çalıştırmadığı bir mekanizma

## bad-pass

check-bad-pass-refused = { $count ->
    [one] { $count } yanlış parolaya -ERR geldi
   *[other] { $count } yanlış parolanın her birine -ERR geldi
}
check-bad-pass-codes = yanıt kodları: { $codes }
check-bad-pass-accepted = { $attempt }. yanlış parolaya { $reply } geldi: sunucu yanlış bir parolayla girişe izin verdi
check-bad-pass-closed = ardından sunucu { $after } yanlış paroladan sonra bağlantıyı kapattı; bu, yeni denemeleri reddetmenin temiz bir yoludur
check-bad-pass-then-accepted = ardından aynı oturumda doğru parola kabul edildi
check-bad-pass-then-refused = ardından aynı oturumda doğru parolaya { $reply } geldi: oturum kullanılabilir kalmadı

## auth-injection

check-injection-one-reply = tek bir yanıt ({ $reply }) geldi ve giriş yapılmadı
check-injection-logged-in = sahte kimlikle giriş yapıldı: { $reply }
check-injection-extra-lines = kimliğin kendisinden { $count } yanıt satırı daha geldi: { $lines }

## resp-codes

check-codes-malformed = bozuk kodlar: { $codes }
check-codes-unadvertised = RESP-CODES duyurulmadığı hâlde gönderilen kodlar: { $codes }
check-codes-none = duyurulmuş; bu denetimde hiçbir yanıt kod taşımadı
check-codes-seen = görülen iyi biçimli kodlar: { $codes }
check-codes-not-advertised = duyurulmamış ve hiç kod görülmedi

## stat-list

check-list-bad-lines = "n size" biçiminde olmayan LIST satırları: { $lines }
check-stat-odd = STAT yanıtı "+OK count size" biçiminde değil: { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } ileti
   *[other] { $count } ileti
}, { $octets } bayt; LIST boyutlarının toplamı tutuyor
check-stat-list-disagree = STAT { $count ->
    [one] { $count } ileti
   *[other] { $count } ileti
}, { $octets } bayt diyor; LIST ise toplamı { $total } olan { $listed } ileti listeliyor
check-maildrop-empty = posta kutusu boş
check-no-message-list = ileti listesi yok (STAT ve LIST yanıt vermedi)

## uidl, uidl-stable

check-uid-chars = { $msg } numaralı ileti: kimlikte 0x21-0x7E aralığı dışında karakterler var
check-uid-length = { $msg } numaralı ileti: kimlik { $length ->
    [one] { $length } karakter
   *[other] { $length } karakter
} uzunluğunda (1-70 arasına izin verilir)
check-uid-twice = { $msg } numaralı ileti: "{ $uid }" kimliği benzersiz değil
check-uidl-bad-line = "n id" biçiminde olmayan bir satır: "{ $line }"
check-uid-count = { $listed ->
    [one] { $listed } listelenen ileti
   *[other] { $listed } listelenen ileti
} için { $ids ->
    [one] { $ids } kimlik
   *[other] { $ids } kimlik
}
check-uidl-good = { $count ->
    [one] { $count } kimlik
   *[other] { $count } kimlik
}, benzersiz, 0x21-0x7E aralığından 1-70 karakter
check-uidl-no-first = karşılaştırılacak ilk oturum kimlikleri yok
check-uidl-same = ikinci bir oturumda aynı { $count ->
    [one] kimlik
   *[other] { $count } kimlik
}
check-uidl-changed = kimlikler oturumlar arasında değişti
check-uid-changed = { $msg } numaralı ileti: önce "{ $first }", sonra "{ $then }"
check-uid-gone = { $msg } numaralı ileti: önce "{ $first }", sonra hiçbiri

## bad-arguments

check-bad-args-refused = her birine -ERR geldi: { $commands }
check-bad-args-no-such-message = { $command } komutuna { $reply } geldi: böyle bir ileti yok, bu yüzden yanıt -ERR olmalı
check-bad-args-extra-ignored = { $command } komutuna { $reply } geldi: fazladan verilen argüman yok sayıldı
check-bad-args-noop-failed = ardından NOOP komutuna { $reply } geldi: oturum bunu atlatamadı

## top

check-top-no-headers = { $lines ->
    [one] { $lines } satır
   *[other] { $lines } satır
}, ama hiç başlık alanı yok
check-top-headers-only = { $headers ->
    [one] { $headers } başlık satırı
   *[other] { $headers } başlık satırı
} ve boş satır, hiç gövde satırı yok
check-top-no-blank = { $headers ->
    [one] { $headers } başlık satırı
   *[other] { $headers } başlık satırı
} var ama onları bitiren boş satır yok
check-top-body = 0 istendiği hâlde başlıklardan sonra { $lines ->
    [one] { $lines } gövde satırı
   *[other] { $lines } gövde satırı
}

## top-stuffing

check-top-stuffing-no-dot = anlaşılamadı: RETR ile alınan hiçbir iletide "." ile başlayan bir satır yok
check-top-stuffed = TOP { $msg } { $lines }: "." ile başlayan { $line }. satır, RETR'deki gibi nokta doldurularak geldi
check-top-not-stuffed = TOP { $msg } { $lines }: "." ile başlayan { $line }. satırda nokta doldurma yapılmadı

## pipelining

check-pipelining-not-asked = bu oturumda CAPA sorulmadı (oturum yeniden açıldı)
check-pipelining-in-order = STAT, LIST ve NOOP tek bir yazmada gönderildi; yanıtlar sırayla geldi
check-pipelining-wrong = yanıtlar sıra dışı ya da yanlış

## retr

check-every-message-too-large = her ileti { $limit } bayttan büyük
check-nothing-retrieved = hiçbir şey indirilmedi
check-retr-as-listed = { $msg }: listelendiği gibi { $octets } bayt
check-retr-size-differs = { $msg }: LIST { $listed } bayt dedi ama { $arrived } bayt geldi
check-retr-octets = { $msg }: { $octets } bayt
check-retr-failed = { $msg }: { $reply }

## line-format

check-line-format-good = her yanıt CRLF ile bitti, gövdelerde nokta doldurma yapılmıştı, satırlar sınırlar içindeydi
check-in-reply-to = { $command } komutunun yanıtı
check-in-greeting = karşılama
check-after-short-body = { $command } komutunun kısa gövdesinden sonra
check-bare-lf = { $lines ->
    [one] { $lines } satır
   *[other] { $lines } satır
} yalnızca LF ile bitti; POP3 satırları CRLF ile biter
check-long-lines = { $count ->
    [one] { $count } satır
   *[other] { $count } satır
} { $limit } bayttan uzun (en uzunu { $longest })
check-unstuffed-dot = { $count ->
    [one] { $count } satır
   *[other] { $count } satır
} tek bir "." ile başladı (ilki: { $first }. satır): sunucu nokta doldurma yapmadı
check-lowercase-status = durum göstergesi büyük harfle yazılmamış (+OK / -ERR)
check-plus-no-space = bir SASL sınaması yalnızca "+" idi; devam satırı, sınama boş olsa bile "+" ve bir boşluktan oluşur
check-dropped-lines = { $count ->
    [one] { $count } aşırı uzun satır
   *[other] { $count } aşırı uzun satır
} atıldı
check-size-mismatch = LIST { $listed } bayt dedi ama { $arrived } bayt geldi
check-unstuffed-suspect = "{ $line }" bir yanıt değil: gövdede büyük olasılıkla doldurulmamış bir "." satırı vardı

## reply-syntax

check-reply-syntax-good = her yanıt +OK ya da -ERR ile başladı
check-malformed-lines = { $count ->
    [one] { $count } bozuk satır
   *[other] { $count } bozuk satır
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}istenmemiş bir yanıt: "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}bir POP3 yanıtı değil (+OK ya da -ERR ile başlamalıdır): "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}{ $limit } bayttan uzun bir satır reddedildi

## dele-rset

check-dele-refused = DELE { $msg } reddedildi: { $reply }
check-retr-after-dele-ok = DELE { $msg } sonrasında RETR { $msg } komutuna +OK geldi: silinmiş bir ileti reddedilmelidir
check-retr-after-dele-refused = DELE sonrasında RETR { $msg } reddedildi ({ $reply })
check-rset-failed = RSET komutuna gelen yanıt: { $reply }; bağlantı QUIT olmadan kesildi, bu yüzden hiçbir şey silinmedi
check-retr-after-rset-ok = RSET sonrasında RETR { $msg } yeniden çalışıyor
check-retr-after-rset-failed = RSET sonrasında RETR { $msg } komutuna gelen yanıt: { $reply }

## unknown-command

check-unknown-accepted = { $keyword } komutuna -ERR yerine { $reply } geldi
check-unknown-refused = { $keyword } komutuna "{ $reply }" geldi; ardından NOOP komutuna +OK geldi
check-unknown-broke = { $keyword } komutuna "{ $reply }" geldi, ama ardından NOOP komutuna { $noop } geldi

## line-length

check-line-got = { $octets } baytlık bir satıra "{ $reply }" geldi
check-noop-after-ok = ardından NOOP komutuna +OK geldi
check-noop-after-failed = ardından NOOP komutuna { $reply } geldi (uzun satır birkaç komut olarak okunmuş olabilir)

## timing

check-timing-none = süresi ölçülen yanıt yok
check-timing-median-max = ortanca/en fazla
check-timing-slow = yavaş, ortanca { $limit } ms ya da daha fazla (ortanca/en fazla)
check-timing-others = diğerleri (ortanca/en fazla)
check-time-of = { $command } { $median }/{ $max } ms
check-time-of-greeting = karşılama { $median }/{ $max } ms
check-time-of-other = diğer { $median }/{ $max } ms

## Panel

ui-check-title = Sunucu denetimi
ui-check-intro = { $host }:{ $port } ({ $security }) için bir karne: karşılama, CAPA, duyurulan her yetenek, nokta doldurma, STAT/LIST, DELE/RSET (her zaman geri alınır), sınırlar ve yanıt süreleri. Proxy üzerinden kendi bağlantılarını açar ve hiçbir zaman posta silmez. Ayrıca üç yanlış parola ve sahte bir kullanıcı adıyla bir AUTH PLAIN girişi dener; sunucu bunları başarısız giriş olarak günlüğe yazabilir.
ui-check-no-worker = Denetim bu sayfada başlatılamadı: { $reason }.
ui-check-user = Kullanıcı
ui-check-password = Parola
ui-check-run = Denetimi çalıştır
ui-check-running = Denetleniyor…
ui-check-export = Dışa aktar
ui-check-hide-export = Rapor metnini gizle
ui-check-col-result = Sonuç
ui-check-col-probe = Test
ui-check-col-seen = Görülen
ui-check-col-rfc = RFC
# Raporun adlandırdığı: sunucu ve kullanıcı.
ui-check-server = { $host }:{ $port }, kullanıcı { $user }
ui-check-status-starting = Çalışıyor: başlatılıyor
ui-check-status-probe = Çalışıyor: { $probe }
ui-check-status-waiting = Çalışıyor: { $probe } ({ $command } komutunun yanıtı bekleniyor)
ui-check-status-waiting-long = Çalışıyor: { $probe } ({ $octets } baytlık bir { $command } satırının yanıtı bekleniyor)
ui-check-status-finished = Bitti: { $pass } başarılı, { $warn } uyarı, { $fail } başarısız, { $skipped } atlandı
# Metin olarak dışa aktarım: bir başlık, ardından her bulgu için bir satır (hüküm bir
# koddur: PASS, WARN, FAIL ya da SKIP), varsa ardından RFC maddesi.
ui-check-report-heading = POP3 sunucu denetimi: { $server } ({ $pass } başarılı, { $warn } uyarı, { $fail } başarısız, { $skipped } atlandı)
ui-check-report-line = { $verdict }  { $title }: { $detail }
# Bir bulgunun ayrıntısındaki cümlelerin arasında ve kendisinden sonrakileri
# tanıtan bir cümleden sonra.
ui-check-separator = {"; "}
ui-check-lead-separator = {": "}
