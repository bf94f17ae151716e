# Polski: co rdzeń protokołu mówi o każdym wierszu (pop3::annotate::Say).
# Słowa protokołu (USER, PASS, +OK, …), to, co wysłał serwer, oraz odwołania
# do RFC pozostają bez zmian w każdym języku.

## O co prosi polecenie

cmd-user = Podaje nazwę skrzynki pocztowej "{ $name }"; następnym poleceniem musi być PASS
cmd-pass = Wysyła hasło jawnym tekstem (tutaj zamaskowane)
cmd-apop = Loguje się jako "{ $name }" za pomocą MD5(znacznik czasu + sekret): sam sekret nigdy nie jest przesyłany
cmd-quit = Kończy sesję; w stanie TRANSACTION serwer najpierw wykonuje usunięcia (stan UPDATE)
cmd-stat = Pyta o liczbę wiadomości i ich łączny rozmiar
cmd-list-all = Pyta o rozmiar każdej wiadomości (wielowierszowy wykaz wiadomości)
cmd-list-one = Pyta o rozmiar wiadomości { $msg }
cmd-retr = Pobiera wiadomość { $msg } (odpowiedź wielowierszowa, z podwojonymi kropkami)
cmd-dele = Oznacza wiadomość { $msg } jako usuniętą; zostanie usunięta dopiero po QUIT
cmd-noop = Nic nie robi; podtrzymuje połączenie
cmd-rset = Zdejmuje oznaczenie usunięcia ze wszystkich wiadomości oznaczonych w tej sesji
cmd-top = Pyta o nagłówki wiadomości { $msg } i { $lines ->
    [one] pierwszy { $lines } wiersz
    [few] pierwsze { $lines } wiersze
    [many] pierwszych { $lines } wierszy
   *[other] pierwszych { $lines } wierszy
} jej treści
cmd-uidl-all = Pyta o unikalny identyfikator każdej wiadomości (odpowiedź wielowierszowa)
cmd-uidl-one = Pyta o unikalny identyfikator wiadomości { $msg }
cmd-last = Pyta o najwyższy numer wiadomości, do której sięgnięto (przestarzałe: usunięte po RFC 1460)
cmd-capa = Pyta, jakie rozszerzenia obsługuje serwer
cmd-stls = Prosi o przełączenie tego połączenia na TLS
cmd-auth = Rozpoczyna uwierzytelnianie SASL mechanizmem { $mechanism }
cmd-auth-initial = Rozpoczyna uwierzytelnianie SASL mechanizmem { $mechanism }, od razu wysyłając pierwszą odpowiedź (zamaskowaną)
cmd-auth-bare = Samo AUTH (bez argumentu): wiele serwerów wypisuje swoje mechanizmy SASL (niestandardowe; użyj CAPA)
cmd-utf8 = Przełącza sesję w tryb UTF-8
cmd-lang-list = Wypisuje języki, w których serwer może odpowiadać
cmd-lang-set = Prosi o odpowiedzi serwera w języku "{ $tag }"
cmd-unknown = "{ $keyword }" nie jest poleceniem znanym temu klientowi; serwer powinien odpowiedzieć -ERR
cmd-bad-arguments = { $keyword } z argumentami, których nie przyjmuje: znane polecenie użyte błędnie; serwer powinien odpowiedzieć -ERR
sasl-response = Odpowiedź SASL (base64, zamaskowana)
sasl-empty-response = Pusta odpowiedź
sasl-cancel = "*" anuluje wymianę; serwer musi odpowiedzieć -ERR
sasl-deferred-initial = Odpowiedź początkowa, wysłana po pustym wyzwaniu

## Kroki klienta w wymianie SASL

sasl-nothing = { $mechanism }: jeszcze nic nie wysłano: wymiana { $mechanism } zaczyna się od AUTH { $mechanism }
sasl-initial-plain = PLAIN: odpowiedź początkowa: pusta tożsamość autoryzacji (działanie jako logujący się użytkownik), nazwa użytkownika "{ $username }" i hasło, rozdzielone bajtami NUL (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN: odpowiedź początkowa: tożsamość autoryzacji "{ $authzid }", nazwa użytkownika "{ $username }" i hasło, rozdzielone bajtami NUL (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2: odpowiedź początkowa: user="{ $username }" oraz auth=Bearer z tokenem OAuth 2.0, rozdzielone bajtami ^A (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER: odpowiedź początkowa: nagłówek GS2, a po nim host, port i auth=Bearer z tokenem OAuth 2.0 jako pary klucz=wartość rozdzielone bajtami ^A (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256: client-first-message: nazwa użytkownika i świeży nonce (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN: odpowiedź początkowa: pusta tożsamość autoryzacji (działanie jako logujący się użytkownik), nazwa użytkownika "{ $username }" i hasło, rozdzielone bajtami NUL (RFC 4616 §2), wysłana w odpowiedzi na puste wyzwanie serwera (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN: odpowiedź początkowa: tożsamość autoryzacji "{ $authzid }", nazwa użytkownika "{ $username }" i hasło, rozdzielone bajtami NUL (RFC 4616 §2), wysłana w odpowiedzi na puste wyzwanie serwera (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2: odpowiedź początkowa: user="{ $username }" oraz auth=Bearer z tokenem OAuth 2.0, rozdzielone bajtami ^A (Google XOAUTH2), wysłana w odpowiedzi na puste wyzwanie serwera (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER: odpowiedź początkowa: nagłówek GS2, a po nim host, port i auth=Bearer z tokenem OAuth 2.0 jako pary klucz=wartość rozdzielone bajtami ^A (RFC 7628 §3.1), wysłana w odpowiedzi na puste wyzwanie serwera (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256: client-first-message: nazwa użytkownika i świeży nonce (RFC 5802 §5.1), wysłana w odpowiedzi na puste wyzwanie serwera (RFC 4422 §5)
sasl-login-username = LOGIN: na pierwsze wyzwanie odpowiedziano nazwą użytkownika "{ $username }" (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN: na drugie wyzwanie odpowiedziano hasłem (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5: na wyzwanie odpowiedziano nazwą użytkownika "{ $username }" i szesnastkowym HMAC-MD5 wyzwania z hasłem jako kluczem; samo hasło nie jest wysyłane (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2: serwer wysłał błąd jako wyzwanie; pusta odpowiedź potwierdza jego odbiór, aby serwer mógł odpowiedzieć -ERR (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER: serwer wysłał błąd jako wyzwanie; pojedynczy bajt ^A potwierdza jego odbiór, aby serwer mógł zakończyć wymianę niepowodzeniem (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256: client-final-message: połączony nonce oraz dowód, że klient zna hasło, obliczony funkcją PBKDF2-HMAC-SHA-256 w { $iterations ->
        [one] { $iterations } iteracji
        [few] { $iterations } iteracjach
        [many] { $iterations } iteracjach
       *[other] { $iterations } iteracjach
    }; samo hasło nie jest wysyłane (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256: zweryfikowano server-final-message: podpis serwera dowodzi, że on również zna hasło; pusta odpowiedź kończy wymianę (RFC 5802 §5.1)
sasl-stopped = { $mechanism }: zatrzymano: { $error }; klient powinien anulować wymianę za pomocą "*" (RFC 5034 §4)

## Uwagi o poleceniach

note-unknown-command = Nieznane polecenie
note-bad-arguments = Błędne argumenty: polecenie zapisuje się { $usage } (numery wiadomości zaczynają się od 1)
note-bad-arguments-accepted = Serwer przyjął argumenty, na które RFC nie pozwala: powinien był odpowiedzieć -ERR
note-keyword-length = Słowa kluczowe mają 3 lub 4 znaki
note-argument-length = Argumenty mogą mieć do 40 znaków; niektóre serwery odrzucają dłuższe
note-command-line-length = Wiersz polecenia może mieć najwyżej 255 oktetów łącznie z CRLF
note-last-removed = Polecenie LAST usunięto z POP3 w RFC 1725
note-pass-in-clear = Hasło przechodzi przez sieć niezaszyfrowane: najpierw użyj STLS albo portu 995
note-pass-in-tls = Hasło przechodzi wewnątrz TLS: w sieci jest zaszyfrowane
note-capability-missing = Serwer nie wymienił { $name } wśród swoich możliwości

## Powitanie

greeting-refused = Serwer odrzuca połączenie: { $text }
note-greeting-err = RFC 1939 oczekuje powitania +OK; -ERR w tym miejscu zwykle oznacza, że serwer jest przeciążony albo Twój adres jest zablokowany
greeting-ready = Serwer jest gotowy: sesja jest teraz w stanie AUTHORIZATION
note-timestamp = Znacznik czasu { $timestamp }: serwer oferuje APOP, które łączy go z Twoim sekretem i liczy z tego skrót
note-no-timestamp = Brak <znacznika czasu> w powitaniu: APOP jest niedostępne
greeting-continuation = Kontynuacja SASL zamiast powitania
note-greeting-must-be-ok = Serwer musi zacząć od +OK

## Odpowiedzi

reply-unsolicited = Odpowiedź, o którą nikt nie prosił
note-unsolicited = Serwer wysłał odpowiedź, choć żadne polecenie na nią nie czekało
reply-failed = Polecenie { $keyword } nie powiodło się: { $text }
note-login-refused = Logowanie odrzucone; sesja pozostaje w stanie AUTHORIZATION i można spróbować ponownie
reply-login-failed = Logowanie nie powiodło się; serwer nie podał przyczyny
reply-login-failed-text = Logowanie nie powiodło się: { $text }
reply-unknown-command = Serwer nie zna tego polecenia
reply-bad-arguments = Serwer odrzucił argumenty, tak jak powinien
reply-bad-arguments-accepted = Serwer przyjął { $keyword } z argumentami, których to polecenie nie przyjmuje
reply-user = Skrzynka pocztowa "{ $name }" przyjęta; teraz wyślij PASS
reply-logged-in = Zalogowano: skrzynka pocztowa jest zablokowana dla innych sesji, a ta sesja jest w stanie TRANSACTION ({ $text })
reply-auth = Uwierzytelnianie SASL { $mechanism } powiodło się: stan TRANSACTION
reply-auth-mechanisms = Mechanizmy: { $list }
reply-quit = Do widzenia: wiadomości oznaczone jako usunięte zostały teraz usunięte
reply-quit-no-update = Do widzenia: QUIT przed zalogowaniem kończy sesję bez stanu UPDATE, więc nic nie zostaje usunięte
reply-stat = { $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, łącznie { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
reply-stat-odd = Na STAT serwer odpowiedział "{ $text }"
note-stat-form = Odpowiedź na STAT musi mieć postać "+OK nn mm": liczba wiadomości, spacja, łączna liczba oktetów
reply-list-one = Wiadomość { $msg } ma { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
reply-list-one-odd = Na LIST { $msg } serwer odpowiedział "{ $text }"
note-list-form = Odpowiedź na LIST musi mieć postać "+OK msg octets"
reply-list-empty = Wykaz wiadomości: skrzynka pocztowa jest pusta
reply-list-all = Wykaz { $count ->
    [one] { $count } wiadomości
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
note-scan-line = Wiersz wykazu "{ $line }" nie ma postaci "msg octets"
reply-retr = Wiadomość { $msg }: { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
} po usunięciu podwojonych kropek
reply-top = Nagłówki i pierwsze wiersze wiadomości { $msg }: { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
} po usunięciu podwojonych kropek
note-retr-announced = Serwer zapowiedział { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
note-retr-no-size = Wiersz +OK nie podaje rozmiaru (RFC 1939 tego nie wymaga; rozmiary podaje LIST)
reply-dele = Wiadomość { $msg } oznaczona jako usunięta (zostanie usunięta przy QUIT; RSET to cofa)
reply-noop = Serwer wciąż jest dostępny
reply-rset = Zdjęto oznaczenia usunięcia
reply-rset-text = Zdjęto oznaczenia usunięcia ({ $text })
reply-uidl-one = Unikalny identyfikator wiadomości { $msg }: { $text }
note-uidl-form = Odpowiedź na UIDL musi mieć postać "+OK msg unique-id"
reply-uidl-all = Unikalne identyfikatory { $count ->
    [one] { $count } wiadomości
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}
note-uid-twice = Unikalny identyfikator "{ $uid }" występuje dwukrotnie
note-uidl-line = Wiersz "{ $line }" nie ma postaci "msg unique-id"
note-uid-length = Unikalny identyfikator ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaków
}, a musi mieć od 1 do 70
note-uid-chars = Unikalny identyfikator "{ $uid }" zawiera znaki spoza zakresu 0x21-0x7E
reply-last = Najwyższy numer wiadomości, do której sięgnięto: { $text }
reply-capa-none = Serwer nie wymienia żadnych możliwości
reply-capa = Możliwości: { $list }
reply-stls = Można zaczynać: na tym połączeniu rozpoczyna się teraz TLS; wcześniej ogłoszone możliwości przestają obowiązywać
reply-utf8 = Tryb UTF-8 jest włączony
reply-lang-list = Języki, w których serwer może odpowiadać
reply-lang-set = Odpowiedzi będą w języku "{ $tag }"
reply-extension = Serwer przyjął "{ $keyword }", polecenie z rozszerzenia
note-not-standard = To nie jest standardowe polecenie POP3

## Możliwości

cap-top = TOP: nagłówki bez pobierania całej wiadomości
cap-user = USER: dozwolone logowanie przez USER/PASS
cap-sasl = SASL: AUTH z mechanizmami { $list }
cap-resp-codes = RESP-CODES: odpowiedzi -ERR zawierają [kody]
cap-login-delay = LOGIN-DELAY: między logowaniami trzeba odczekać { $seconds } s
cap-pipelining = PIPELINING: polecenia można wysyłać bez czekania na odpowiedzi
cap-expire-never = EXPIRE NEVER: poczta pozostaje na serwerze bezterminowo
cap-expire = EXPIRE { $days }: poczta może zostać usunięta po { $days ->
    [one] { $days } dniu
    [few] { $days } dniach
    [many] { $days } dniach
   *[other] { $days } dniach
}
cap-uidl = UIDL: trwałe unikalne identyfikatory
cap-implementation = IMPLEMENTATION: { $text }
cap-stls = STLS: na tym połączeniu można uruchomić TLS
cap-auth-resp-code = AUTH-RESP-CODE: [AUTH] oznacza błędne dane uwierzytelniające
cap-utf8 = UTF8: dostępny tryb UTF-8
cap-lang = LANG: odpowiedzi w innych językach

## Kody odpowiedzi

code-in-use = [IN-USE]: blokadę skrzynki pocztowej trzyma inna sesja; zamknij ją i spróbuj ponownie
code-login-delay = [LOGIN-DELAY]: od poprzedniego logowania minęło zbyt mało czasu; odczekaj (zob. możliwość LOGIN-DELAY)
code-sys-temp = [SYS/TEMP]: przejściowy problem serwera; ponowna próba później może się udać
code-sys-perm = [SYS/PERM]: trwały problem serwera; ponowne próby nic nie dadzą
code-auth = [AUTH]: błędne dane uwierzytelniające (to nie jest problem serwera)
code-utf8 = [UTF8]: ta skrzynka pocztowa wymaga trybu UTF-8
code-other = [{ $code }]: rozszerzony kod odpowiedzi, którego to narzędzie nie zna

## Co dekoder tolerował lub odrzucił

note-bare-lf = { $lines ->
    [one] { $lines } wiersz kończył się samym LF
    [few] { $lines } wiersze kończyły się samym LF
    [many] { $lines } wierszy kończyło się samym LF
   *[other] { $lines } wierszy kończyło się samym LF
}; wiersze POP3 kończą się CRLF
note-long-lines = { $count ->
    [one] { $count } wiersz dłuższy
    [few] { $count } wiersze dłuższe
    [many] { $count } wierszy dłuższych
   *[other] { $count } wierszy dłuższych
} niż { $limit ->
    [one] { $limit } oktet
    [few] { $limit } oktety
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
} (najdłuższy: { $longest })
note-unstuffed-dot = { $count ->
    [one] { $count } wiersz zaczynał się
    [few] { $count } wiersze zaczynały się
    [many] { $count } wierszy zaczynało się
   *[other] { $count } wierszy zaczynało się
} pojedynczą kropką "." (pierwszy: wiersz { $first }): serwer nie podwoił kropek, więc wiersz "." wewnątrz wiadomości przedwcześnie by ją zakończył
note-lowercase-status = Wskaźnik statusu nie jest zapisany wielkimi literami (+OK / -ERR)
note-dropped-lines = Odrzucono { $count ->
    [one] { $count } zbyt długi wiersz
    [few] { $count } zbyt długie wiersze
    [many] { $count } zbyt długich wierszy
   *[other] { $count } zbyt długich wierszy
}
malformed-status = To nie jest odpowiedź POP3 (musi zaczynać się od +OK lub -ERR): "{ $line }"
note-status-indicator = Każda odpowiedź zaczyna się od wskaźnika statusu: +OK lub -ERR
malformed-line-too-long = Odrzucono wiersz dłuższy niż { $limit ->
    [one] { $limit } oktet
    [few] { $limit } oktety
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
}
note-line-dropped = Wiersz przekroczył akceptowany przez tego klienta limit { $limit ->
    [one] { $limit } oktetu
    [few] { $limit } oktetów
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
}; został odrzucony
note-body-line-dropped = Wiersz treści wielowierszowej przekroczył akceptowany przez tego klienta limit { $limit ->
    [one] { $limit } oktetu
    [few] { $limit } oktetów
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
}; został odrzucony

## Co zauważył klient

stls-leftover = { $bytes ->
    [one] { $bytes } bajt dotarł jawnym tekstem po +OK na STLS, przed rozpoczęciem TLS; został odrzucony
    [few] { $bytes } bajty dotarły jawnym tekstem po +OK na STLS, przed rozpoczęciem TLS; zostały odrzucone
    [many] { $bytes } bajtów dotarło jawnym tekstem po +OK na STLS, przed rozpoczęciem TLS; zostały odrzucone
   *[other] { $bytes } bajtów dotarło jawnym tekstem po +OK na STLS, przed rozpoczęciem TLS; zostały odrzucone
}
note-stls-injection = Po +OK na STLS nic nie może nadejść przed uzgadnianiem TLS; takie bajty mogą być atakiem przez wstrzyknięcie
sasl-challenge-replayed = Wyzwanie SASL od serwera
plus-unexpected = Nieoczekiwany wiersz "+"
note-plus-outside-auth = Kontynuacje "+ " występują wyłącznie w wymianie AUTH
note-plus-no-space = Kontynuacja to "+", spacja, a po niej dane base64, nawet gdy wyzwanie jest puste; po tym "+" brakuje spacji
sasl-challenge = Wyzwanie { $mechanism } od serwera
note-challenge-base64 = Wyzwanie nie jest poprawnym base64
note-challenge-decoded = Po zdekodowaniu: { $text }
sasl-cancelled = Uwierzytelnianie anulowane: { $error }
note-sasl-error = { $error }
sasl-unverified = Serwer przyjął logowanie, ale: { $error }
note-retr-size-mismatch = Według LIST wiadomość ma { $listed ->
    [one] { $listed } oktet
    [few] { $listed } oktety
    [many] { $listed } oktetów
   *[other] { $listed } oktetów
}, a { $arrived ->
    [one] dotarł { $arrived }
    [few] dotarły { $arrived }
    [many] dotarło { $arrived }
   *[other] dotarło { $arrived }
} (rozmiary w LIST powinny uwzględniać zakończenia wierszy CRLF)
note-retr-over-total = Wiadomość ma { $arrived ->
    [one] { $arrived } oktet
    [few] { $arrived } oktety
    [many] { $arrived } oktetów
   *[other] { $arrived } oktetów
}, a według STAT cała skrzynka pocztowa ma { $total ->
    [one] { $total } oktet
    [few] { $total } oktety
    [many] { $total } oktetów
   *[other] { $total } oktetów
}
note-body-left-out = Zapis pomija treść wiadomości (w jej miejscu jest opis zastępczy, jak w przykładzie z RFC 1939), więc nie da się sprawdzić jej rozmiaru
note-list-total-mismatch = Suma rozmiarów z wykazu wynosi { $listed ->
    [one] { $listed } oktet
    [few] { $listed } oktety
    [many] { $listed } oktetów
   *[other] { $listed } oktetów
}, a według STAT skrzynka pocztowa ma { $total ->
    [one] { $total } oktet
    [few] { $total } oktety
    [many] { $total } oktetów
   *[other] { $total } oktetów
}; LIST i STAT liczą dokładnie te same wiadomości
note-listing-beyond = Wiadomość { $msg } nie istnieje: w skrzynce pocztowej { $count ->
    [one] jest tylko { $count } wiadomość
    [few] są tylko { $count } wiadomości
    [many] jest tylko { $count } wiadomości
   *[other] jest tylko { $count } wiadomości
}
note-listing-missing = { $count ->
    [one] Brak wiersza dla wiadomości { $first }
   *[other] Brak wierszy dla wiadomości { $first }–{ $last }
}; wykaz musi zawierać po jednym wierszu dla każdej wiadomości, która nie jest oznaczona jako usunięta
note-deleted-served = Wiadomość { $msg } jest oznaczona jako usunięta; serwer musi odmówić jej wydania
note-code-unadvertised = Kod odpowiedzi, choć serwer nie ogłosił RESP-CODES
note-uid-changed = Wiadomość { $msg } miała wcześniej w tej sesji unikalny identyfikator "{ $old }", a teraz "{ $new }"

## Dlaczego polecenia nie można teraz wysłać

refuse-tls-pending = Trwa negocjowanie TLS; do jego zakończenia nic nie można wysłać
refuse-sasl-pending = Trwa wymiana AUTH; najpierw musi się zakończyć
refuse-no-greeting = Serwer jeszcze się nie przywitał; zaczekaj na jego +OK
refuse-closed = Sesja jest zamknięta
refuse-update = Wysłano QUIT: serwer wykonuje usunięcia i zamknie połączenie
refuse-pass-without-user = PASS musi następować po poleceniu USER przyjętym przez serwer
refuse-no-apop = Powitanie nie zawierało <znacznika czasu>, więc ten serwer nie oferuje APOP
refuse-tls-active = TLS jest już aktywne na tym połączeniu
refuse-unknown = "{ $keyword }" nie jest poleceniem POP3 znanym temu klientowi
refuse-bad-arguments = { $keyword } nie przyjmuje takich argumentów: zapisuje się { $usage } (numery wiadomości zaczynają się od 1)
refuse-transaction-only = Polecenie { $keyword } jest dozwolone tylko w stanie TRANSACTION: najpierw się zaloguj
refuse-authorization-only = Polecenie { $keyword } jest dozwolone tylko w stanie AUTHORIZATION: logowanie już nastąpiło
refuse-deleted = Wiadomość { $msg } jest oznaczona jako usunięta (RSET zdejmuje oznaczenie)
refuse-beyond = { $count ->
    [one] W skrzynce pocztowej jest tylko { $count } wiadomość
    [few] W skrzynce pocztowej są tylko { $count } wiadomości
    [many] W skrzynce pocztowej jest tylko { $count } wiadomości
   *[other] W skrzynce pocztowej jest tylko { $count } wiadomości
}
