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
fact-link-error = { $explanation }: { $message }
fact-control-unreadable = Proxy bu uygulamanın anlamadığı bir şey gönderdi: { $error }
fact-closed = Bağlantı { $by ->
    [server] sunucu
    [proxy] proxy
   *[client] bu uygulama
} tarafından kapatıldı: { $reason }
fact-closed-socket = Proxy'ye giden WebSocket kapandı: { $reason }
socket-1000 = normal biçimde kapandı (1000)
socket-1001 = proxy ayrılıyor, örneğin kapatılıyor (1001)
socket-1006 = proxy ile bağlantı, kapanış el sıkışması olmadan koptu: proxy çalışıyor mu ve bu sayfanın kökenini kabul ediyor mu? (1006)
socket-1008 = proxy bağlantıyı kendi politikası gereği reddetti (1008)
socket-1009 = bir ileti proxy için fazla büyüktü (1009)
socket-1011 = proxy bir iç hatayla karşılaştı (1011)
socket-other = { $code } koduyla kapandı
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
