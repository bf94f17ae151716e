# Polski: własne słowa aplikacji o połączeniu, logowaniu i błędach.

## Własne informacje aplikacji o połączeniu

fact-new-connection = Nowe połączenie
fact-connecting = Otwieranie połączenia WebSocket z proxy { $url }
fact-connect-asked = Poproszono proxy o połączenie z { $host }:{ $port }
fact-opened-websockify = Połączono przez websockify: serwerem jest stały cel ustawiony w proxy
fact-opened-plain = Połączono z { $peer } (zwykłe TCP)
fact-opened-tls = Połączono z { $peer } przez { $tls }
fact-start-tls-asked = Poproszono proxy o uruchomienie TLS na tym połączeniu
fact-tls-up = TLS działa: { $tls }
tls-verified = { $version }, zweryfikowany certyfikat
tls-pinned = { $version }, certyfikat ręcznie uznany za zaufany
fact-stls-impossible = STLS nie może być kontynuowane: websockify jedynie przekazuje bajty do celu podanego przy uruchomieniu: nie ma kanału sterującego, więc aplikacja nie może wybrać serwera, uruchomić TLS przez STLS ani pokazać certyfikatów. Rozłączanie.
fact-in-page = Połączono z serwerem demonstracyjnym działającym w tej stronie: bez sieci i bez proxy, a więc także bez TLS
fact-no-proxy = Pod adresem tej strony nie odpowiada żadne proxy. Serwer demonstracyjny działa w stronie przez zwykły POP3; prawdziwe serwery i TLS (STLS, port 995) wymagają dołączonego proxy: uruchom cargo xtask dev albo serwuj stronę przez pop3-proxy.
fact-link-error = { $failure }. Komunikat proxy: { $message }
fact-control-unreadable = Proxy wysłało coś, czego ta aplikacja nie rozumie: { $error }
fact-closed = Połączenie zamknięte przez { $by ->
    [server] serwer
    [proxy] proxy
   *[client] tę aplikację
}: { $reason }
fact-closed-socket = Przeglądarka ↔ proxy: połączenie WebSocket z proxy zostało zamknięte: { $reason }
socket-1000 = zamknięto normalnie (1000)
socket-1001 = proxy kończy pracę, np. jest wyłączane (1001)
socket-1005 = zamknięto bez kodu stanu (1005)
socket-1006 = połączenie z proxy zerwało się bez ramki zamykającej: proxy nie działa, adres URL proxy jest błędny, proxy odrzuciło origin tej strony albo zawiodła sieć (1006)
socket-1008 = proxy odrzuciło połączenie zgodnie ze swoją polityką (1008)
socket-1009 = komunikat był za duży dla proxy (1009)
socket-1011 = w proxy wystąpił błąd wewnętrzny (1011)
socket-1012 = proxy uruchamia się ponownie: połącz się znowu za chwilę (1012)
socket-1013 = proxy jest przeciążone: spróbuj ponownie później (1013)
socket-1015 = uzgadnianie TLS z proxy nie powiodło się: przeglądarka nie ufa certyfikatowi tego adresu wss:// (1015)
socket-other = zamknięto z kodem { $code }, którego ta aplikacja nie zna
fact-session-ended = { $expected ->
    [yes] Sesja zakończyła się normalnie
   *[no] Połączenie zakończyło się nieoczekiwanie
}
fact-no-reply = ; brak odpowiedzi na { $list }
fact-partial-body = ; { $octets ->
    [one] dotarł { $octets } oktet treści
    [few] dotarły { $octets } oktety treści
    [many] dotarło { $octets } oktetów treści
   *[other] dotarło { $octets } oktetów treści
}
fact-no-update = . Żadne QUIT nie dostało odpowiedzi, więc serwer nie wszedł w stan UPDATE: { $marked ->
    [0] nic nie zostaje usunięte
    [one] wiadomość oznaczona do usunięcia zostaje w skrzynce pocztowej
    [few] { $marked } wiadomości oznaczone do usunięcia zostają w skrzynce pocztowej
   *[other] { $marked } wiadomości oznaczonych do usunięcia zostaje w skrzynce pocztowej
} (RFC 1939 §6)
fact-not-sent = Nie wysłano: { $reason }
fact-imported = Zaimportowano { $lines ->
    [one] { $lines } wiersz
    [few] { $lines } wiersze
    [many] { $lines } wierszy
   *[other] { $lines } wierszy
} jako { $format ->
    [prefixed] zapis C:/S:
   *[telnet] zapis z terminala
}; pominięto { $skipped ->
    [one] { $skipped } wiersz
    [few] { $skipped } wiersze
    [many] { $skipped } wierszy
   *[other] { $skipped } wierszy
} spoza POP3
fact-state-changed = { $from } → { $to }
state-entered-authorization = Serwer się przywitał: teraz się zaloguj
state-entered-transaction = Zalogowano: skrzynka pocztowa jest otwarta
state-entered-update = QUIT: serwer wykonuje usunięcia
state-entered-closed = Sesja się zakończyła

## Dlaczego nie można było zapisać wiersza

unwritable-bad-keyword = "{ $keyword }" nie jest słowem kluczowym polecenia
unwritable-forbidden-byte = argumenty nie mogą zawierać bajtu { $byte }
unwritable-missing-argument = { $keyword } wymaga argumentu
unwritable-bad-arguments = błędne argumenty { $keyword }; składnia: { $expected }
unwritable-not-utf8 = wiersz polecenia nie jest poprawnym UTF-8

## Logowanie

login-refused = Logowanie metodą { $method } nie powiodło się: { $reason }
login-no-reason = nie podano powodu
login-no-randomness = Ta przeglądarka nie udostępnia bezpiecznych liczb losowych (crypto.getRandomValues), więc wymiany SCRAM nie można rozpocząć
login-sasl = { $error }

## Co oznaczają kody błędów proxy

error-bad-request = Proxy nie zrozumiało żądania
error-origin-not-allowed = Ta strona nie może korzystać z proxy (uruchom je z --allow-origin)
error-port-not-allowed = Proxy nie łączy się z tym portem (uruchom je z --allow-port)
error-host-not-allowed = W trybie publicznym proxy nie łączy się z adresami prywatnymi
error-dns-failed = Nie udało się odnaleźć nazwy serwera
error-connect-failed = Serwer odrzucił połączenie albo jest nieosiągalny
error-timeout = Serwer zbyt długo nie odpowiadał
error-tls-failed = Uzgadnianie TLS nie powiodło się
error-cert-untrusted = Certyfikat serwera nie jest zaufany
error-too-many-sessions = Proxy jest zajęte (zbyt wiele sesji)
error-idle-timeout = Połączenie zbyt długo było bezczynne

## Gdzie wystąpił błąd: między tą stroną a proxy albo między proxy a serwerem

failure-at-hop = { $hop }: { $explanation }
hop-browser-proxy = Przeglądarka ↔ proxy
hop-proxy-server = Proxy ↔ serwer

## Dlaczego uzgadnianie TLS się nie powiodło, według przyczyny

tls-failure-self-signed = Certyfikat serwera jest samopodpisany: podpisał go on sam i żaden urząd certyfikacji zaufany przez proxy za niego nie ręczy. Serwery testowe często takich używają; zaufaj mu tylko wtedy, gdy możesz sprawdzić jego odcisk
tls-failure-ca-used-as-leaf = Serwer przedstawia jako własny certyfikat urzędu certyfikacji (CA), przeznaczony do podpisywania innych certyfikatów, a serwerowi nie wolno tego robić. Tak często wyglądają samopodpisane certyfikaty tworzone przez skrypty instalacyjne
tls-failure-expired = Certyfikat serwera wygasł: okres jego ważności się skończył, więc klienci go odrzucają, dopóki serwer nie zainstaluje nowego
tls-failure-not-yet-valid = Certyfikat serwera nie jest jeszcze ważny: okres jego ważności zaczyna się w przyszłości (albo zegar komputera, na którym działa proxy, jest źle ustawiony)
tls-failure-wrong-name = Certyfikat serwera wystawiono dla innych nazw: host, z którym się łączysz, musi być jedną z nazw wymienionych w certyfikacie
tls-failure-unknown-issuer = Łańcuch certyfikatów serwera prowadzi do urzędu certyfikacji, któremu proxy nie ufa, na przykład do prywatnego urzędu jakiejś organizacji
tls-failure-incomplete-chain = Łańcuch certyfikatów jest niepełny: serwer wysłał swój certyfikat bez certyfikatu pośredniego, który łączy go z zaufanym urzędem. Serwer musi wysyłać certyfikaty pośrednie
tls-failure-bad-signature = Jeden z podpisów w łańcuchu certyfikatów serwera nie daje się zweryfikować: certyfikat został zmieniony albo nie podpisał go klucz, który wskazuje
tls-failure-invalid-certificate = Certyfikatu serwera nie można użyć: jest źle zbudowany, używa algorytmu, którego proxy nie obsługuje, albo nie jest przeznaczony dla serwera TLS
tls-failure-handshake-failed = Uzgadnianie TLS zostało przerwane: serwer i proxy nie mają wspólnej wersji TLS ani szyfru, serwer wysłał alert albo zamknął połączenie
tls-failure-not-tls = Serwer nie mówi TLS na tym porcie: odpowiedział zwykłym tekstem (np. powitaniem POP3 „+OK”) tam, gdzie oczekiwano uzgadniania TLS. Na porcie TLS, takim jak 995, wybierz TLS od początku, a na zwykłym porcie, takim jak 110, Brak albo STLS
