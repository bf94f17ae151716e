# Polski: etykiety, przyciski i teksty strony.

## app

ui-language = Język
ui-app-session-state = Stan sesji (RFC 1939 §3)
ui-app-mail = Skrzynka pocztowa i wiadomość

## settings

ui-settings-preset-demo = Serwer demonstracyjny (bez szyfrowania + STLS)
ui-settings-preset-demo-tls = Serwer demonstracyjny (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Wygasły certyfikat (serwer demonstracyjny, 1996)
ui-settings-preset-fault-wrong-name = Błędna nazwa (serwer demonstracyjny, 1997)
ui-settings-preset-fault-self-signed = Certyfikat samopodpisany (serwer demonstracyjny, 1998)
ui-settings-preset-fault-incomplete-chain = Niepełny łańcuch (serwer demonstracyjny, 1999)
ui-settings-websockify-no-control = websockify jedynie przekazuje bajty do celu podanego przy uruchomieniu: nie ma kanału sterującego, więc aplikacja nie może wybrać serwera, uruchomić TLS przez STLS ani pokazać certyfikatów

## connection

ui-connection-title = Połączenie
ui-connection-try-demo = Wypróbuj serwer demonstracyjny
ui-connection-no-proxy = Obok tej strony nie odpowiada żadne proxy, więc serwer demonstracyjny działa w niej. Prawdziwe serwery i TLS wymagają pop3-proxy (cargo xtask dev).
ui-connection-preset = Gotowe ustawienia
ui-connection-choose-server = Wybierz serwer…
ui-connection-tls-faults = Błędy TLS do nauki
ui-connection-host = Host
ui-connection-port = Port
ui-connection-security = Zabezpieczenie
ui-connection-security-none = Brak (bez szyfrowania, port 110)
ui-connection-security-stls = STLS (przełączenie po powitaniu)
ui-connection-security-implicit = TLS od początku (port 995)
ui-connection-proxy = Proxy
ui-connection-proxy-kind = Rodzaj
ui-connection-kind-playground = pop3-proxy (z tego projektu)
ui-connection-kind-websockify = websockify (stały cel, tylko bajty)
# $reason (tekst): dlaczego, z ui-settings-websockify-no-control
ui-connection-websockify-off = Host, port, zabezpieczenie, STLS i panel certyfikatu są wyłączone: { $reason }.
ui-connection-proxy-url = Adres URL WebSocket proxy
ui-connection-via = Serwer demonstracyjny
ui-connection-via-auto = W tej stronie, chyba że odpowiada proxy
ui-connection-via-in-page = W tej stronie (bez instalacji)
ui-connection-via-proxy = Przez proxy
ui-connection-via-no-tls = W tej stronie nie ma TLS: STLS i port 995 wymagają proxy.
ui-connection-pinned = Dla tego serwera przypięto certyfikat, który uznano za zaufany.
ui-connection-connect = Połącz
ui-connection-disconnect = Rozłącz
ui-connection-not-connected = Brak połączenia.
ui-connection-connecting = Łączenie…
ui-connection-connected = Połączono z { $host }:{ $port }
ui-connection-connected-in-page = Połączono z serwerem demonstracyjnym w tej stronie
# $reason (tekst): ostatnia informacja o połączeniu, słowami
ui-connection-disconnected-why = Rozłączono: { $reason }
ui-connection-disconnected = Rozłączono.
ui-connection-proxy-said = Komunikat proxy: { $message }

## cert_panel

ui-cert-title = Certyfikat TLS
ui-cert-untrusted-title = Niezaufany certyfikat
ui-cert-no-version = uzgadnianie niezakończone
ui-cert-no-cipher = brak szyfru
ui-cert-no-sni = brak (adres IP)
# $error (tekst): co zgłosiła biblioteka TLS, dosłownie
ui-cert-what-failed = Co się nie powiodło: { $error }
ui-cert-pinned = Niezweryfikowany względem publicznych urzędów głównych: zaakceptowany, ponieważ został przypięty.
ui-cert-verified = Zweryfikowany względem publicznych urzędów głównych.
ui-cert-server = Serwer:
ui-cert-issuer = Wystawca:
ui-cert-issued-by = wystawiony przez { $issuer }
ui-cert-valid = ważny od { $from } do { $until }
# $names (tekst): alternatywne nazwy podmiotu certyfikatu, rozdzielone przecinkami
ui-cert-names = nazwy: { $names }
ui-cert-trust-explain = Uznaj dokładnie ten certyfikat za zaufany dla tego serwera (wyjątek certyfikatu, jak w klientach poczty); połączenie zostanie nawiązane ponownie z przypiętym odciskiem certyfikatu.
ui-cert-trust = Ufaj temu certyfikatowi

## login

ui-login-title = Logowanie
ui-login-stls-offered = Serwer oferuje STLS: przełącz połączenie na TLS przed wysłaniem hasła.
ui-login-send-stls = Wyślij STLS
ui-login-capa-hint = Wyślij CAPA, aby zobaczyć, jakie mechanizmy oferuje serwer.
ui-login-demo-credentials = Serwer demonstracyjny: zaloguj się jako { $user } hasłem { $password }. Pozostali użytkownicy, z tym samym hasłem, pokazują różne usterki: { $others }.
ui-login-demo-fill = Wpisz { $user }
ui-login-demo-reset = Przywróć moje demonstracyjne skrzynki pocztowe
ui-login-demo-reset-done = Twoje demonstracyjne skrzynki pocztowe są jak nowe: wszystkie wiadomości wróciły.
ui-login-send-capa = Wyślij CAPA
ui-login-method = Metoda
ui-login-user = Użytkownik
ui-login-password = Hasło
ui-login-token = Token dostępu
# $host (tekst): nazwa hosta serwera
ui-login-cleartext-warning = Uwaga: { $host } to nie jest ten komputer, a połączenie nie jest szyfrowane. Hasło przejdzie przez sieć jawnym tekstem. Naciśnij przycisk ponownie, aby mimo to je wysłać.
ui-login-send-in-clear = Wyślij hasło jawnym tekstem
ui-login-button = Zaloguj
ui-login-apop-timestamp = Znacznik czasu z powitania:
ui-login-apop-concatenate = Połącz go ze swoim sekretem:
ui-login-apop-md5 = MD5 z tego, szesnastkowo małymi literami:
ui-login-apop-pending = (obliczane przy logowaniu)
ui-login-apop-send = Wyślij APOP name digest: sam sekret nigdy nie przechodzi przez sieć.

## commands

ui-commands-title = Polecenia
ui-commands-message = Wiadomość
# $number: numer wiadomości; $octets: jej rozmiar
ui-commands-message-size = { $number } ({ $octets ->
    [one] 1 oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
})
ui-commands-top-lines = Wiersze dla TOP
ui-commands-why-disabled = { $count ->
    [one] Dlaczego 1 polecenie jest wyłączone
    [few] Dlaczego { $count } polecenia są wyłączone
    [many] Dlaczego { $count } poleceń jest wyłączonych
   *[other] Dlaczego { $count } poleceń jest wyłączonych
}
ui-commands-raw = Surowe polecenie (Enter wysyła, ↑/↓ historia)
ui-commands-raw-placeholder = np. LIST 1
# $reason (tekst): dlaczego polecenie nie jest teraz poprawne, z odwołaniem do RFC
ui-commands-send-anyway = { $reason }. Naciśnij Enter ponownie, aby mimo to je wysłać.
# $reason (tekst): dlaczego, z ui-settings-websockify-no-control
ui-commands-stls-off = STLS jest wyłączone: { $reason } (RFC 2595 §4)

## diagram

ui-diagram-title = Diagram sekwencji
ui-diagram-summary = ({ $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
})
ui-diagram-summary-window = (ostatnie { $shown } z { $total } wpisów)
ui-diagram-download = Pobierz SVG
ui-diagram-legend = Niebieski: polecenia klienta · zielony: odpowiedzi · czerwony: -ERR · szary: uwagi proxy · fioletowy: TLS
ui-diagram-empty = Jeszcze nic: połącz się albo zaimportuj zapis sesji.
ui-diagram-link-hint = Kliknij strzałkę (albo naciśnij na niej Enter), aby zaznaczyć jej wiersz w zapisie sesji.

## export/diagram: SVG pokazywany na stronie i pobierany

ui-diagram-svg-label = Diagram sekwencji sesji POP3, { $count ->
    [one] 1 strzałka
    [few] { $count } strzałki
    [many] { $count } strzałek
   *[other] { $count } strzałek
}
ui-diagram-svg-title = Sesja POP3: diagram sekwencji
ui-diagram-lane-client = Klient (ta aplikacja)
ui-diagram-lane-proxy = Proxy
ui-diagram-lane-server = Serwer POP3
ui-diagram-svg-window = Pokazano ostatnie { $shown } z { $total } wpisów ({ $skipped ->
    [one] 1 wcześniejszego nie narysowano
    [few] { $skipped } wcześniejsze nie zostały narysowane
    [many] { $skipped } wcześniejszych nie narysowano
   *[other] { $skipped } wcześniejszych nie narysowano
})
# Po pierwszym wierszu odpowiedzi: ile wierszy ma jej treść
ui-diagram-svg-body-lines = (+{ $count ->
    [one] 1 wiersz
    [few] { $count } wiersze
    [many] { $count } wierszy
   *[other] { $count } wierszy
})
ui-diagram-svg-tls = Od tego miejsca TLS: szyfrowanie między proxy a serwerem

## export

ui-export-title = Eksport i udostępnianie
ui-export-format = Format eksportu
ui-export-text = Tekst (C:/S:)
ui-export-json = JSON (czasy, adnotacje)
ui-export-script-openssl = Skrypt powłoki (openssl s_client)
ui-export-script-curl = Polecenia curl
ui-export-script-python = Skrypt Pythona (poplib)
ui-export-script-explain = Skrypt, który odtwarza polecenia ostatniego połączenia. Bez sekretów pyta przy uruchomieniu o hasło (albo czyta je z POP3_PASSWORD).
ui-export-secrets = Dołącz sekrety
ui-export-secrets-warning = Eksport zawiera teraz hasła i odpowiedzi SASL jawnym tekstem.
ui-export-copy = Kopiuj
ui-export-download-txt = Pobierz .txt
ui-export-download-json = Pobierz .json
ui-export-download-sh = Pobierz .sh
ui-export-download-py = Pobierz .py
ui-export-open = Otwórz eksport .json:
ui-export-share-title = Link do udostępnienia
ui-export-share-explain = Tylko serwer, port, zabezpieczenie i proxy: nigdy nazwa użytkownika, hasło ani przypięty certyfikat.
ui-export-copy-link = Kopiuj link
ui-export-copied = Skopiowano
ui-export-no-clipboard = Schowek nie jest tu dostępny: zaznacz tekst i skopiuj go
ui-export-restored = Przywrócono { $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
}

## import

ui-import-title = Import zapisu sesji
ui-import-explain = Wklej sesję: wiersze z przedrostkami C: i S: (jak w dokumentach RFC) albo zwykły zapis z telnetu. Zostanie odtworzona offline przez ten sam mechanizm klienta.
ui-import-run = Odtwórz i opisz

## mailbox

ui-mailbox-title = Skrzynka pocztowa
ui-mailbox-log-in-first = Zaloguj się, aby otworzyć skrzynkę pocztową (RFC 1939 §4).
ui-mailbox-quit-sent = Wysłano QUIT: serwer usuwa wiadomości oznaczone jako usunięte.
ui-mailbox-connect-first = Połącz się i zaloguj, aby zobaczyć skrzynkę pocztową.
ui-mailbox-load = Wczytaj skrzynkę
ui-mailbox-load-title = STAT, LIST, UIDL i TOP n 0 dla pierwszych wiadomości
ui-mailbox-rset-title = RSET: zdejmij oznaczenie usunięcia ze wszystkich oznaczonych wiadomości (RFC 1939 §5)
ui-mailbox-fetch-headers = Pobierz nagłówki ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0: sekcja nagłówków każdej pokazanej wiadomości, która jej jeszcze nie ma (RFC 1939 §7)
# Co podało STAT: $count wiadomości o łącznym rozmiarze $octets oktetów ($size: to samo, np. "1.5 MiB")
ui-mailbox-status = { $count ->
    [one] 1 wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, { $octets ->
    [one] 1 oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
} ({ $size })
# Przed STAT: $count wiadomości w wykazie
ui-mailbox-status-listed = { $count ->
    [one] 1 wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}
ui-mailbox-marked = { $deleted ->
    [one] 1 kolejna oznaczona jako usunięta (zniknie po QUIT)
    [few] { $deleted } kolejne oznaczone jako usunięte (znikną po QUIT)
   *[other] { $deleted } kolejnych oznaczonych jako usunięte (znikną po QUIT)
}
# $command (tekst): polecenie, na które nadchodzi odpowiedź, np. "RETR 2"
ui-mailbox-receiving = Odbieranie { $command }
# $received, $total (tekst): rozmiary, np. "1.5 MiB"
ui-mailbox-received-of = { $received } z { $total }
# $received (tekst): rozmiar, np. "1.5 MiB"
ui-mailbox-received = odebrano { $received }
ui-mailbox-empty = Skrzynka pocztowa jest pusta.
ui-mailbox-press-load = Naciśnij „Wczytaj skrzynkę”, aby wyświetlić wykaz wiadomości.
ui-mailbox-col-number-title = Numer wiadomości (RFC 1939 §5)
ui-mailbox-col-size = Rozmiar
ui-mailbox-col-size-title = Oktety, z LIST
ui-mailbox-col-uid-title = Unikalny identyfikator, z UIDL
ui-mailbox-col-from = Od
ui-mailbox-col-subject = Temat
ui-mailbox-col-date = Data
ui-mailbox-col-actions = Działania
ui-mailbox-showing = Pokazano { $shown } z { $total }.
ui-mailbox-show-more = Pokaż kolejne { $count }
ui-mailbox-show-message = Pokaż wiadomość { $number }
ui-mailbox-retr-title = RETR { $number }: pobierz i pokaż
ui-mailbox-dele-title = DELE { $number }: oznacz jako usuniętą
ui-mailbox-size-title = { $octets ->
    [one] 1 oktet, z LIST
    [few] { $octets } oktety, z LIST
    [many] { $octets } oktetów, z LIST
   *[other] { $octets } oktetów, z LIST
}
ui-mailbox-deleted = usunięta
ui-mailbox-open = Otwórz

## message

ui-message-title = Wiadomość
ui-message-empty = Otwórz wiadomość, aby zobaczyć jej nagłówki, strukturę MIME i treść.
ui-message-views = Widoki wiadomości
ui-message-tab-headers = Nagłówki
ui-message-tab-structure = Struktura
ui-message-tab-text = Tekst
ui-message-tab-html = HTML
ui-message-tab-attachments = Załączniki
ui-message-tab-raw = Surowa
ui-message-no-subject = (bez tematu)
ui-message-from = Od
ui-message-to = Do
ui-message-date = Data
# Numer i rozmiar wiadomości ($size: to samo, np. "1.5 MiB")
ui-message-number-size = #{ $number }, { $octets ->
    [one] 1 oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
} ({ $size })
ui-message-problem-not-a-message = Nie znaleziono pól nagłówka: to nie wygląda na wiadomość internetową (RFC 5322)
ui-message-problem-undecodable = { $count ->
    [one] Nie udało się poprawnie zdekodować 1 części (błędne base64, quoted-printable lub zestaw znaków); pokazano to, co dało się odczytać
   *[other] Nie udało się poprawnie zdekodować { $count } części (błędne base64, quoted-printable lub zestaw znaków); pokazano to, co dało się odczytać
}
ui-message-heading = Wiadomość { $number }
ui-message-fetching = Pobieranie…
ui-message-reading = Odczytywanie części wiadomości…
ui-message-problem-no-reader = Nie udało się tu odczytać części wiadomości: { $reason }. Jej surowe źródło jest nadal widoczne.
ui-message-send-retr = Wyślij RETR { $number }
ui-message-retry-retr = Ponów RETR { $number }
ui-message-no-headers = Brak pól nagłówka.
ui-message-as-sent = W postaci wysłanej
ui-message-part-octets = { $octets ->
    [one] 1 oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
ui-message-part-octets-sent = { $octets ->
    [one] 1 oktet w postaci wysłanej
    [few] { $octets } oktety w postaci wysłanej
    [many] { $octets } oktetów w postaci wysłanej
   *[other] { $octets } oktetów w postaci wysłanej
}
ui-message-part-count = { $count ->
    [one] 1 część
    [few] { $count } części
    [many] { $count } części
   *[other] { $count } części
}
ui-message-part-charset = zestaw znaków { $charset }
ui-message-part-raw-title = { $octets ->
    [one] 1 oktet z nagłówkami, w postaci wysłanej
    [few] { $octets } oktety z nagłówkami, w postaci wysłanej
    [many] { $octets } oktetów z nagłówkami, w postaci wysłanej
   *[other] { $octets } oktetów z nagłówkami, w postaci wysłanej
}
ui-message-implied = (domyślny)
ui-message-implied-title = Brak pola Content-Type: wartość domyślna z RFC 2045 §5.2
ui-message-part-problem = nie udało się poprawnie zdekodować
ui-message-no-structure = Nie udało się odczytać struktury MIME.
ui-message-no-text = Ta wiadomość nie ma części tekstowej.
ui-message-text-from-html = Brak części text/plain: ten tekst utworzono z części HTML.
ui-message-no-attachments = Brak załączników.
ui-message-col-name = Nazwa
ui-message-col-type = Typ
ui-message-col-size = Rozmiar
ui-message-no-name = (bez nazwy)
ui-message-large = Ta wiadomość ma { $size }: odczytanie wszystkich jej części na chwilę zatrzymuje stronę, więc czeka na twoje polecenie.
ui-message-large-open = Pokaż jej części
ui-message-attachment-download = Zapisz ten załącznik jako plik
ui-message-decoded-title = { $octets ->
    [one] 1 oktet po zdekodowaniu
    [few] { $octets } oktety po zdekodowaniu
    [many] { $octets } oktetów po zdekodowaniu
   *[other] { $octets } oktetów po zdekodowaniu
}
# $size (tekst): np. "1.5 MiB"
ui-message-show-all = Pokaż wszystko (jeszcze { $size })
ui-message-no-html = Ta wiadomość nie ma części HTML.
ui-message-html-mode = Jak pokazać HTML
ui-message-html-rendered = Wyrenderowany (w piaskownicy)
ui-message-html-source = Źródło
ui-message-html-frame = Część HTML w piaskownicy: bez skryptów i bez zdalnych treści
# Rozmiary: $size to liczba, z jednym miejscem po przecinku poniżej 10 (np. "1.5")

ui-message-size-bytes = { $size } B
ui-message-size-kib = { $size } KiB
ui-message-size-mib = { $size } MiB
ui-message-size-gib = { $size } GiB
ui-message-size-tib = { $size } TiB

## transcript

ui-transcript-title = Zapis sesji
ui-transcript-toolbar = Wyświetlanie zapisu sesji
ui-transcript-crlf = Pokaż CR/LF
ui-transcript-crlf-title = Pokaż zakończenia wierszy: ␍ to CR, ␊ to LF
ui-transcript-hex = Hex
ui-transcript-hex-title = Pokaż bajty zaznaczonego wpisu szesnastkowo
ui-transcript-reveal = Odsłoń sekrety
ui-transcript-reveal-title = Pokaż hasła i odpowiedzi SASL zamiast ********
ui-transcript-follow = Śledź
ui-transcript-follow-title = Utrzymuj najnowszy wpis w widoku
ui-transcript-problems = Tylko problemy
ui-transcript-problems-title = Pokaż tylko wpisy z ostrzeżeniem lub naruszeniem RFC
ui-transcript-count-problems = { $shown } z { $total ->
    [one] { $total } wpisu
   *[other] { $total } wpisów
}
ui-transcript-no-problems = W tym zapisie sesji nie ma ostrzeżeń ani naruszeń RFC
ui-transcript-clear = Wyczyść
ui-transcript-clear-title = Zapomnij wszystkie dotąd pokazane wpisy
ui-transcript-count = { $count ->
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisów
}
ui-transcript-list = Zapis sesji POP3
ui-transcript-empty = Połącz się z serwerem, aby zobaczyć tutaj każdy bajt
ui-transcript-keys-hint = Użyj strzałek w górę i w dół, klawiszy Page Up, Page Down, Home i End, aby zaznaczyć wpis; jego szczegóły znajdują się pod listą.
ui-transcript-selected = Zaznaczony wpis
ui-transcript-select-hint = Zaznacz wpis (kliknij go albo użyj ↑ i ↓ na liście), aby zobaczyć jego bajty i wszystkie uwagi na jego temat.
# Kolumna kierunku: wiersze klienta to "C:", wiersze serwera "S:", pozostałe to słowo
ui-transcript-dir-proxy = proxy
ui-transcript-dir-client = Klient → serwer
ui-transcript-dir-server = Serwer → klient
ui-transcript-dir-proxy-title = Od proxy lub od tej aplikacji
ui-transcript-state-change = Zmiana stanu
ui-transcript-body-title = Odpowiedź wielowierszowa: zaznacz ją, aby przeczytać treść
ui-transcript-rtt-title = Czas obiegu: od wysłania polecenia do tej odpowiedzi
ui-transcript-warning = Ostrzeżenie
ui-transcript-violation = Naruszenie RFC
ui-transcript-severity-info = informacja
ui-transcript-severity-warning = ostrzeżenie
ui-transcript-severity-violation = naruszenie
# $rtt (tekst): np. "3.2 ms"
ui-transcript-round-trip = czas obiegu { $rtt }
# $size (tekst): z ui-transcript-octets
ui-transcript-raw = Surowe: { $size }
# $size (tekst): z ui-transcript-body-size
ui-transcript-body = Treść: { $size }
ui-transcript-octets = { $count ->
    [one] 1 oktet
    [few] { $count } oktety
    [many] { $count } oktetów
   *[other] { $count } oktetów
}
ui-transcript-body-size = { $lines ->
    [one] 1 wiersz
    [few] { $lines } wiersze
    [many] { $lines } wierszy
   *[other] { $lines } wierszy
}, { $octets ->
    [one] 1 oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
ui-transcript-hex-cut = Pokazano pierwsze { $shown } z { $total } oktetów.
ui-transcript-body-cut = Pokazano pierwsze { $kib } KiB z { $total } oktetów.
ui-transcript-secret-revealed = Sekret odsłonięty: jest teraz widoczny na ekranie.
ui-transcript-secret-masked = Ten wiersz zawiera sekret, tutaj zamaskowany. Naciśnij „Odsłoń sekrety”, aby go pokazać.
# Co czytnik ekranu mówi o zaznaczonym wpisie: jego pozycja, kierunek
# (ui-transcript-dir-proxy albo "C:"/"S:"), wiersz i jego objaśnienie
ui-transcript-announce = Wpis { $number } z { $total }, { $direction } { $line }. { $headline }
