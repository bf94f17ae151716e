# Türkçe: uygulamanın bağlantı, girişler ve hatalar hakkındaki kendi sözleri.

## Uygulamanın bağlantıya ilişkin kendi olguları

fact-new-connection = Yeni bağlantı
fact-connecting = Proxy'nin WebSocket bağlantısı açılıyor: { $url }
fact-connect-asked = Proxy'den { $host }:{ $port } adresine bağlanması istendi
fact-opened-websockify = websockify üzerinden bağlanıldı: sunucu, proxy'nin sabit hedefidir
fact-opened-plain = { $peer } adresine bağlanıldı (düz TCP)
fact-opened-tls = { $peer } adresine bağlanıldı ({ $tls })
fact-start-tls-asked = Proxy'den bu bağlantıda TLS başlatması istendi
fact-tls-up = TLS etkin: { $tls }
tls-verified = { $version }, doğrulanmış bir sertifika
tls-pinned = { $version }, güvenmeyi seçtiğiniz bir sertifika
fact-stls-impossible = STLS sürdürülemiyor: websockify baytları yalnızca başlatıldığı hedefe aktarır; denetim kanalı yoktur, bu yüzden uygulama sunucuyu seçemez, STLS ile TLS başlatamaz ya da sertifikaları gösteremez. Bağlantı kesiliyor.
fact-in-page = Bu sayfanın içindeki tanıtım sunucusuna bağlanıldı: ağ da proxy de yok, dolayısıyla TLS de yok
fact-no-proxy = Bu sayfanın adresinde hiçbir proxy yanıt vermiyor. Tanıtım sunucusu sayfanın içinde düz POP3 ile çalışır; gerçek sunucular ve TLS (STLS, 995 numaralı bağlantı noktası) birlikte gelen proxy'yi gerektirir: cargo xtask dev komutunu çalıştırın ya da sayfayı pop3-proxy ile sunun.
fact-link-error = { $failure }. Proxy'nin iletisi: { $message }
fact-control-unreadable = Proxy bu uygulamanın anlamadığı bir şey gönderdi: { $error }
fact-closed = Bağlantı { $by ->
    [server] sunucu
    [proxy] proxy
   *[client] bu uygulama
} tarafından kapatıldı: { $reason }
fact-closed-socket = Tarayıcı ↔ proxy: proxy'ye giden WebSocket kapandı: { $reason }
socket-1000 = normal biçimde kapandı (1000)
socket-1001 = proxy ayrılıyor, örneğin kapatılıyor (1001)
socket-1005 = durum kodu olmadan kapandı (1005)
socket-1006 = proxy ile bağlantı, kapanış çerçevesi olmadan koptu: proxy çalışmıyor, proxy URL'si yanlış, proxy bu sayfanın kökenini reddetti ya da ağda bir sorun var (1006)
socket-1008 = proxy bağlantıyı kendi politikası gereği reddetti (1008)
socket-1009 = bir ileti proxy için fazla büyüktü (1009)
socket-1011 = proxy bir iç hatayla karşılaştı (1011)
socket-1012 = proxy yeniden başlatılıyor: birazdan yeniden bağlanın (1012)
socket-1013 = proxy aşırı yüklü: daha sonra yeniden deneyin (1013)
socket-1015 = proxy ile TLS el sıkışması başarısız oldu: tarayıcı bu wss:// adresinin sertifikasına güvenmiyor (1015)
socket-other = { $code } koduyla kapandı; bu uygulama bu kodu tanımıyor
fact-session-ended = { $expected ->
    [yes] Oturum normal biçimde sona erdi
   *[no] Bağlantı beklenmedik biçimde sona erdi
}
fact-no-reply = ; yanıt gelmeyen komutlar: { $list }
fact-partial-body = ; bir gövdenin { $octets } baytı gelmişti
fact-no-update = . Hiçbir QUIT yanıtlanmadı, bu yüzden sunucu UPDATE durumuna hiç geçmedi: { $marked ->
    [0] hiçbir şey silinmez
   *[other] silinmek üzere işaretlenen { $marked } ileti posta kutusunda kalır
} (RFC 1939 §6)
fact-not-sent = Gönderilmedi: { $reason }
fact-imported = { $lines } satır { $format ->
    [prefixed] bir C:/S: günlüğü
   *[telnet] bir terminal günlüğü
} olarak içe aktarıldı; POP3 olmayan { $skipped } satır atlandı
fact-state-changed = { $from } → { $to }
state-entered-authorization = Sunucu karşıladı: şimdi giriş yapın
state-entered-transaction = Giriş yapıldı: posta kutusu açık
state-entered-update = QUIT: sunucu silme işlemlerini uyguluyor
state-entered-closed = Oturum sona erdi

## Bir satır neden yazılamadı

unwritable-bad-keyword = "{ $keyword }" bir komut anahtar sözcüğü değil
unwritable-forbidden-byte = argümanlar { $byte } baytını içeremez
unwritable-missing-argument = { $keyword } bir argüman gerektirir
unwritable-bad-arguments = { $keyword } için yanlış argümanlar; kullanım: { $expected }
unwritable-not-utf8 = komut satırı geçerli UTF-8 değil

## Girişler

login-refused = { $method } girişi başarısız oldu: { $reason }
login-no-reason = neden belirtilmedi
login-no-randomness = Bu tarayıcı güvenli rastgele sayı sağlamıyor (crypto.getRandomValues), bu yüzden SCRAM değişimi başlatılamıyor
login-sasl = { $error }

## Proxy'nin hata kodlarının anlamı

error-bad-request = Proxy isteği anlamadı
error-origin-not-allowed = Bu sayfa proxy'yi kullanamaz (proxy'yi --allow-origin ile başlatın)
error-port-not-allowed = Proxy bu porta bağlanmıyor (proxy'yi --allow-port ile başlatın)
error-host-not-allowed = Proxy, herkese açık kipte özel adreslere bağlanmaz
error-dns-failed = Sunucunun adı bulunamadı
error-connect-failed = Sunucu bağlantıyı reddetti ya da sunucuya erişilemiyor
error-timeout = Sunucunun yanıt vermesi çok uzun sürdü
error-tls-failed = TLS el sıkışması başarısız oldu
error-cert-untrusted = Sunucunun sertifikasına güvenilmiyor
error-too-many-sessions = Proxy meşgul (çok fazla oturum)
error-idle-timeout = Bağlantı çok uzun süre boşta kaldı

## Hatanın olduğu yer: bu sayfa ile proxy arasında ya da proxy ile sunucu arasında

failure-at-hop = { $hop }: { $explanation }
hop-browser-proxy = Tarayıcı ↔ proxy
hop-proxy-server = Proxy ↔ sunucu

## Bir TLS el sıkışmasının neden başarısız olduğu, nedene göre

tls-failure-self-signed = Sunucunun sertifikası kendinden imzalı: kendini kendisi imzalamış ve proxy'nin güvendiği hiçbir sertifika yetkilisi ona kefil olmuyor. Deneme sunucularında sık görülür; ona yalnızca parmak izini doğrulayabiliyorsanız güvenin
tls-failure-ca-used-as-leaf = Sunucu, başka sertifikaları imzalamak için yapılmış bir sertifika yetkilisi (CA) sertifikasını kendi sertifikası olarak sunuyor; bir sunucu bunu yapmamalıdır. Kurulum betiklerinin ürettiği kendinden imzalı sertifikalar çoğu zaman böyledir
tls-failure-expired = Sunucunun sertifikasının süresi dolmuş: geçerlilik süresi bitmiş, sunucu yenisini kurana kadar istemciler onu reddeder
tls-failure-not-yet-valid = Sunucunun sertifikası henüz geçerli değil: geçerlilik süresi gelecekte başlıyor (ya da proxy'nin çalıştığı bilgisayarın saati yanlış)
tls-failure-wrong-name = Sunucunun sertifikası başka adlar için verilmiş: bağlandığınız ana makine, sertifikada listelenen adlardan biri olmalıdır
tls-failure-unknown-issuer = Sunucunun sertifika zinciri, proxy'nin güvenmediği bir sertifika yetkilisine çıkıyor; örneğin bir kuruluşun özel yetkilisine
tls-failure-incomplete-chain = Sertifika zinciri eksik: sunucu kendi sertifikasını, onu güvenilir bir yetkiliye bağlayan ara sertifika olmadan gönderdi. Sunucular ara sertifikalarını da göndermelidir
tls-failure-bad-signature = Sunucunun sertifika zincirindeki bir imza doğrulanamıyor: bir sertifika değiştirilmiş ya da belirttiği anahtarla imzalanmamış
tls-failure-invalid-certificate = Sunucunun sertifikası kullanılamıyor: bozuk biçimli, proxy'nin desteklemediği bir algoritma kullanıyor ya da bir TLS sunucusu için düzenlenmemiş
tls-failure-handshake-failed = TLS el sıkışması yarıda kesildi: sunucuyla proxy'nin ortak bir TLS sürümü ya da şifresi yok, sunucu bir uyarı (alert) gönderdi ya da bağlantıyı kapattı
tls-failure-not-tls = Sunucu bu portta TLS konuşmuyor: TLS el sıkışması beklenen yerde düz metinle (örneğin bir POP3 karşılaması, "+OK") yanıt verdi. 995 gibi bir TLS portunda örtük TLS'yi, 110 gibi düz bir portta Yok ya da STLS seçeneğini kullanın
