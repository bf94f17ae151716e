# Türkçe: "POP3 Öğrenin" kursu (ders başlıkları, adımlar, açıklamalar, notlar,
# "Yap" etiketleri) ve kurs panelinin kendi sözleri.
#
# `Ters tırnak` içindeki metin koddur: komut satırları, yanıtlar ve protokol
# sözcükleri her dilde olduğu gibi kalır (ters tırnaklarla birlikte). POP3 anahtar
# sözcükleri (USER, PASS, STAT, +OK, -ERR, …), RFC başvuruları (RFC 1939 §7) ve
# tanıtım posta kutusunun adı ile parolası (mrose, tanstaaf) da öyle.

## Birkaç dersin ortak adımları

lesson-connect-title = Tanıtım sunucusuna bağlanın
lesson-connect-explain = Tanıtım sunucusuna ({ $route ->
        [in-page] bu sayfanın içinde, ağ olmadan
       *[proxy] 127.0.0.1:1110, proxy üzerinden
    }) bir bağlantı açın. İlk konuşan sunucudur: `+OK` ile başlayan bir karşılama. Oturum artık AUTHORIZATION durumunda.
lesson-open-session-title = Bir oturum açın
lesson-open-session-explain = Tanıtım sunucusuna bağlanın ve `mrose` olarak giriş yapın (düğme ikisini de yapar). Bu dersin komutları yalnızca TRANSACTION durumunda, girişten sonra geçerlidir.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = Tanıtım sunucusu, bir oturum bir posta kutusunu açık tuttuğu sürece onu kilitler (RFC 1939 §8); bu yüzden yeniden giriş yapmadan önce bu oturumu sonlandırın.

## Karşılama ve APOP zaman damgası

lesson-greeting-title = Karşılama ve APOP zaman damgası
lesson-greeting-intro = Bir POP3 oturumu, sunucunun ilk konuşmasıyla başlar. Karşılaması, daha güvenli bir girişi mümkün kılan bir zaman damgası taşıyabilir.
lesson-greeting-timestamp-title = Zaman damgasını bulun
lesson-greeting-timestamp-explain = Dökümde karşılamanın sonuna bakın: `<` ile `>` arasındaki metin, bu bağlantıya özgü bir zaman damgasıdır. Böyle bir damga gönderen sunucu APOP sunar: istemci, zaman damgasını parolayla birlikte özetleyerek parolayı bildiğini kanıtlar.
# $timestamp (metin): bu bağlantının karşılamasındaki zaman damgası, örn. <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = Bu bağlantının zaman damgası: { $timestamp }
lesson-greeting-quit-title = QUIT ile çıkın
lesson-greeting-quit-explain = AUTHORIZATION durumunda `QUIT` oturumu yalnızca sonlandırır: hiçbir posta kutusu açılmadığı için UPDATE durumu yoktur. Sunucu `+OK` ile yanıt verir ve bağlantıyı kapatır.

## USER/PASS ile APOP karşılaştırması

lesson-user-pass-apop-title = USER/PASS ve APOP
lesson-user-pass-apop-intro = RFC 1939'da iki giriş yolu vardır: parolanın kendisi ya da onu bildiğinizin kanıtı.
lesson-user-pass-apop-user-pass-title = USER ve PASS ile giriş yapın
lesson-user-pass-apop-user-pass-explain = `USER mrose` posta kutusunu belirtir, ardından `PASS tanstaaf` parolayı gönderir; bağlantı TLS kullanmıyorsa açık metin olarak. Uygulama dökümde parolayı maskeler, ama ağ yolu üzerindeki herkes onu okuyabilir. `+OK` yanıtından sonra oturum TRANSACTION durumundadır.
lesson-user-pass-apop-connect-again-title = Yeniden bağlanın
lesson-user-pass-apop-connect-again-explain = Yeni bir bağlantı, yeni bir zaman damgasıyla yeni bir karşılama alır.
lesson-user-pass-apop-apop-title = APOP ile giriş yapın
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>`, karşılamanın zaman damgası ile ardından gelen parolanın MD5 özetini 32 onaltılık basamak olarak gönderir. Parola ağ üzerinden hiç gitmez ve özet yeniden oynatılamaz: her karşılamanın zaman damgası farklıdır. (MD5 bugün zayıftır; asıl koruma TLS'dir.)
# `APOP mrose <digest>` içinde okurun özetin yerine yazdığı.
lesson-user-pass-apop-apop-placeholder = özet
# Girişten önce: $timestamp (metin) karşılamanın zaman damgası, $password (metin) tanıtım parolası.
lesson-note-apop-digest-to-come = Özet MD5("{ $timestamp }" + "{ $password }") olacak

## STAT ve LIST

lesson-stat-list-title = STAT ve LIST
lesson-stat-list-intro = Kaç ileti var ve ne kadar büyükler?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` posta kutusu özetini (drop listing) sorar: ileti sayısı ve bayt cinsinden toplam boyut, tek satırda: `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = Argümansız `LIST` çok satırlı bir tarama listesiyle yanıtlanır: her ileti için bir `number size` satırı ve sonunda yalnızca `.` içeren bir satır.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = Bir ileti numarasıyla yanıt tek satırdır: `+OK 1 size`. İletiler 1'den başlayarak numaralanır ve numaralar oturum boyunca değişmez.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = İleti numaraları bir oturumdan diğerine değişir; benzersiz kimlikler değişmez.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` her ileti için bir benzersiz kimlik listeler. Bir silme işleminden sonra 3 numaralı ileti bir dahaki sefere 2 numaralı olabilir, ama kimliği aynı kalır: postayı sunucuda bırakan bir istemci neyi zaten indirdiğini böyle bilir.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = Bir ileti numarasıyla kimlik tek satırda gelir: `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Bir iletinin tamamını indirmeden ona göz atın.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` başlıkları, onlardan sonraki boş satırı ve gövdenin ilk n satırını gönderir. n = 0 ile yalnızca başlıkları alırsınız: bir istemci konuları ve gönderenleri böyle ucuza listeler.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = Aynısı, gövdenin üç satırıyla: bir önizleme.

## RETR ve nokta doldurma

lesson-retr-title = RETR ve nokta doldurma
lesson-retr-intro = Çok satırlı bir yanıt, yalnızca bir nokta içeren bir satırla biter. Peki iletinin kendisinde böyle bir satır varsa?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1`, 1 numaralı iletinin tamamını, kendi satırında bir `.` ile biten çok satırlı bir yanıt olarak indirir.
lesson-retr-stuffing-title = Nokta doldurmayı fark edin
lesson-retr-stuffing-explain = 1 numaralı iletide noktayla başlayan satırlar var. Sunucu, iletinin hiçbir satırı bitiş satırına benzemesin diye ağ üzerinde her baştaki noktayı ikiledi (`..`); istemci fazladan noktayı kaldırır. Dökümdeki yanıtın ham baytlarını ileti görünümüyle karşılaştırın.
# $count (sayı): son indirilen iletinin noktayla başlayan satırları;
# $message (metin): ileti numarası, örn. 1.
lesson-note-stuffed = { $count ->
    [0] Son RETR ({ $message }) komutunda noktayla başlayan satır yoktu.
    [one] Son RETR komutunun { $count } satırı noktayla başladı: ağ üzerinde "..".
   *[other] Son RETR komutunun { $count } satırı noktayla başladı: ağ üzerinde "..".
}

## DELE, RSET ve UPDATE durumu

lesson-dele-rset-title = DELE, RSET ve UPDATE durumu
lesson-dele-rset-intro = Silme iki aşamalı bir iştir: şimdi işaretle, sonda kaldır.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2`, 2 numaralı iletiyi silinmiş olarak işaretler. Henüz hiçbir şey kaldırılmaz: sunucu işaretli iletileri yalnızca UPDATE durumunda, QUIT komutundan sonra kaldırır.
lesson-dele-rset-stat-again-title = Yeniden STAT
lesson-dele-rset-stat-again-explain = İşaretli bir ileti artık sayılmaz: STAT bir ileti eksik gösterir ve 2 numaralı iletiyi belirten komutlar artık başarısız olur.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` silinmiş olarak işaretlenen tüm iletilerin işaretini kaldırır. Onun yerine QUIT gönderseydiniz, sunucu UPDATE durumuna geçer ve 2 numaralı iletiyi kalıcı olarak kaldırırdı (sayfadaki tanıtım, posta kutularını sıfırlayana kadar silmelerinizi bu tarayıcıda saklar; proxy'deki tanıtım ise yeniden başlayana kadar).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = Silmelerin gerçekleşmesini sağlayan, düzgün çıkış yapmaktır.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = TRANSACTION durumunda `QUIT` oturumu UPDATE durumuna geçirir: sunucu silinmiş olarak işaretlenen iletileri kaldırır, posta kutusunun kilidini açar, `+OK` ile yanıt verir ve bağlantıyı kapatır.
lesson-quit-over-title = Oturum sona erdi
lesson-quit-over-explain = Durum TRANSACTION → UPDATE → DISCONNECTED şeklinde ilerledi (dökümdeki şeritlere bakın). Bağlantı QUIT komutundan önce kopsaydı, sunucu UPDATE durumuna hiç geçmez ve hiçbir şey silmezdi.

## CAPA ve STLS

lesson-capa-stls-title = CAPA ve STLS
lesson-capa-stls-intro = Sunucuya neler yapabildiğini sorun, ardından bağlantıyı TLS'ye geçirin.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA`, sunucunun temel özelliklerin ötesinde desteklediklerini listeler: TOP, UIDL, PIPELINING, SASL mekanizmaları ve TLS başlatabiliyorsa STLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` bu bağlantının TLS üzerinden sürmesini ister. `+OK` yanıtından sonra proxy, TLS el sıkışmasını aynı TCP bağlantısı üzerinde yürütür. İstemci bundan sonra yetenekleri unutmalı ve yeniden sormalıdır (bu uygulama bunu yapar): STLS artık listelenmez.
lesson-capa-stls-login-title = TLS üzerinden giriş yapın
lesson-capa-stls-login-explain = Artık USER/PASS gizli dinleyicilere karşı güvende: parola TLS içinde yol alır.

## SASL: AUTH PLAIN ve CRAM-MD5

lesson-sasl-title = SASL: AUTH PLAIN ve CRAM-MD5
lesson-sasl-intro = AUTH bir SASL mekanizması çalıştırır: takılıp çıkarılabilen giriş yöntemlerinden oluşan bir çerçeve.
lesson-sasl-capa-title = CAPA: SASL satırını bulun
lesson-sasl-capa-explain = `SASL` yeteneği, sunucunun kabul ettiği mekanizmaları listeler; tanıtım sunucusu PLAIN, LOGIN ve CRAM-MD5 sunar.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN, kullanıcı adını ve parolayı tek bir base64 iletisinde gönderir. Base64 bir kodlamadır, şifreleme değil: gerçek bir ağda PLAIN, TLS gerektirir.
# `AUTH PLAIN <…>` içinde okurun argümanın yerine yazdığı; "\0" bir NUL baytıdır.
lesson-sasl-plain-placeholder = \0mrose\0tanstaaf değerinin base64 hâli
lesson-sasl-connect-again-title = Yeniden bağlanın
lesson-sasl-connect-again-explain = İkinci mekanizma için yeni bir oturum.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = Sunucu bir sınama gönderir (base64 kodlu bir `+ ` satırı); istemci, kullanıcı adı ve sınamanın parolayla anahtarlanmış HMAC-MD5 değeriyle yanıt verir (RFC 2195). Parola ağ üzerinden hiç gitmez.

## RFC 1939'un örnek oturumu

lesson-rfc1939-example-title = RFC 1939'un örnek oturumunu yeniden oynatın
lesson-rfc1939-example-intro = RFC 1939 eksiksiz bir örnek oturumla biter. Onu çevrimdışı olarak yeniden oynatın ve adım adım inceleyin.
lesson-rfc1939-example-replay-title = Örneği yeniden oynatın
lesson-rfc1939-example-replay-explain = Düğme örneği içe aktarıcıya yapıştırır; içe aktarıcı onu aynı istemci motoruyla, çevrimdışı olarak yeniden oynatır ve her satırı açıklar. (Bu, canlı bir bağlantıyı kapatır.)
lesson-rfc1939-example-apop-title = APOP girişi
lesson-rfc1939-example-apop-explain = Karşılamanın zaman damgası `<1896.697170952@dbc.mtview.ca.us>`. İstemci `APOP mrose c4c9334bac560ecc979e58001b3e22fb` ile yanıt verir: zaman damgası ile ardından gelen sırrın, `tanstaaf`, MD5 özeti (tanıtım sunucusu da aynısını kullanır).
lesson-rfc1939-example-stat-list-title = STAT ve LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320`: iki ileti, 320 bayt. Tarama listesi boyutlarını verir: 120 ve 200.
lesson-rfc1939-example-retr-dele-title = RETR ve DELE
lesson-rfc1939-example-retr-dele-explain = Her ileti indirilir, ardından silinmiş olarak işaretlenir. RFC iletilerin kendisini vermez; içe aktarıcı bu yer tutucu satırları atlar.
lesson-rfc1939-example-quit-title = QUIT ve UPDATE
lesson-rfc1939-example-quit-explain = QUIT oturumu UPDATE durumuna geçirir: sunucu iki iletiyi de kaldırır ve `maildrop empty` diyerek veda eder.

## "Yap": düğmenin şimdi yaptığı (bir adım önce bir bağlantı, bir giriş
## ya da bir QUIT gerektirebilir)

lesson-move-replay = Örneği yeniden oynat
lesson-move-connect-first = Önce bağlan
lesson-move-connect-and-log-in-first = Önce bağlan ve giriş yap
lesson-move-log-in-first = Önce giriş yap
lesson-move-quit-logged-in = Önce QUIT (giriş yapmış durumdasınız)
lesson-move-quit-mailbox-locked = Önce QUIT (giriş yapmışken posta kutusu kilitli)
lesson-move-connect = Tanıtım sunucusuna bağlan
lesson-move-connect-and-log-in = Bağlan ve giriş yap
lesson-move-log-in-demo = mrose olarak giriş yap
# $command (metin): komut satırı, örn. STAT
lesson-move-send = { $command } gönder
lesson-move-user-pass = USER/PASS ile giriş yap
lesson-move-apop = APOP ile giriş yap
# $mechanism (metin): SASL mekanizması, örn. PLAIN
lesson-move-auth = AUTH { $mechanism }

## Kurs paneli

ui-lessons-heading = POP3 Öğrenin
# Başlıktan sonra: tamamlanan dersler / tüm dersler.
ui-lessons-lessons-done = { $total ->
    [one] { $done }/{ $total } ders
   *[other] { $done }/{ $total } ders
}
# Ders seçicinin etiketi.
ui-lessons-pick = Ders
# Seçicide, açılmış bir ders: numarası, başlığı ve tamamlanan adımlar.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# Seçicide, henüz açılmamış bir ders: numarası, başlığı ve kaç adım olduğu.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } adım
   *[other] { $total } adım
})
ui-lessons-progress-label = Tamamlanan adımlar
ui-lessons-progress = { $total ->
    [one] { $done }/{ $total } adım
   *[other] { $done }/{ $total } adım
}
# Ekran okuyucular için, bir adımın başlığından sonra.
ui-lessons-status-done = (tamamlandı)
ui-lessons-status-current = (geçerli adım)
ui-lessons-status-locked = (kilitli)
# $command (metin): kod olarak gösterilen bir komut satırı.
ui-lessons-or-type = Ya da komut satırına `{ $command }` yazın.
# $first, $second (metin): kod olarak gösterilen iki komut satırı.
ui-lessons-or-type-then = Ya da komut satırına önce `{ $first }`, ardından `{ $second }` yazın.
# $action (metin): düğmenin yaptığı, örn. "STAT gönder".
ui-lessons-do-it = Yap: { $action }
ui-lessons-continue = Anladım, devam
ui-lessons-reopen = Bu adımı yeniden oku
ui-lessons-waiting = Sunucu bekleniyor…
ui-lessons-complete = ✓ Ders tamamlandı.
ui-lessons-next = Sonraki ders →
ui-lessons-start-over = Baştan başla
ui-lessons-start-over-tooltip = Bu dersteki ilerlemeyi unut ve şu andan itibaren yeniden denetle
