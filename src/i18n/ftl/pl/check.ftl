# Polski: raport z kontroli serwera (pop3::check::Said) i jego panel.
# Słowa protokołu (CAPA, +OK, [IN-USE], …), to, co wysłał serwer, polecenia
# i odwołania do RFC pozostają bez zmian w każdym języku. Odpowiedzi są cytowane
# tak, jak wysłał je serwer ({ $reply }: "+OK [CODE] text").

## Co sprawdza każdy test: tytuły wierszy raportu

check-probe-greeting = Powitanie
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = STLS i CAPA pod TLS
check-probe-login = Logowanie przez USER/PASS
check-probe-bad-pass = Odrzucanie błędnych haseł
check-probe-apop = Logowanie przez APOP
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = CR LF w tożsamości AUTH PLAIN
check-probe-resp-codes = Kody odpowiedzi
check-probe-stat-list = Zgodność STAT i LIST
check-probe-uidl = Unikalne identyfikatory UIDL
check-probe-uidl-stable = Stałość UIDL między sesjami
check-probe-bad-arguments = LIST i UIDL odrzucają błędne argumenty
check-probe-top = TOP 1 0
check-probe-top-stuffing = Podwajanie kropek w TOP
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Zakończenia wierszy i podwajanie kropek
check-probe-reply-syntax = Składnia odpowiedzi
check-probe-dele-rset = DELE, odmowa RETR, przywrócenie przez RSET
check-probe-unknown-command = Nieznane polecenie
check-probe-line-length = Długość wiersza polecenia
check-probe-timing = Czasy odpowiedzi
check-probe-quit = QUIT
check-probe-relogin = Ponowne logowanie w nowej sesji
check-probe-not-run = Pozostałe testy

## Sesje: połączenia, przekroczenia czasu, testy, których nie dało się wykonać

check-connect-failed = nie udało się połączyć: { $reason }
check-closed-waiting = serwer zamknął połączenie w oczekiwaniu na odpowiedź na { $command }
check-closed-waiting-long = serwer zamknął połączenie w oczekiwaniu na odpowiedź na wiersz { $command } o długości { $octets ->
    [one] { $octets } oktetu
   *[other] { $octets } oktetów
}
check-closed-before-greeting = serwer zamknął połączenie przed powitaniem
check-partial-body = { $octets ->
    [one] dotarł { $octets } oktet treści
    [few] dotarły { $octets } oktety treści
    [many] dotarło { $octets } oktetów treści
   *[other] dotarło { $octets } oktetów treści
}
check-link-reason = połączenie zgłosiło: { $reason }
check-no-reply = brak odpowiedzi na { $command } w ciągu { $seconds } s
check-no-reply-long = brak odpowiedzi na wiersz { $command } o długości { $octets ->
    [one] { $octets } oktetu
   *[other] { $octets } oktetów
} w ciągu { $seconds } s
check-no-greeting = brak powitania w ciągu { $seconds } s
check-not-sent = nie udało się wysłać { $command }
check-not-run-no-connection = nie wykonano: nie udało się otworzyć połączenia
check-not-run-no-session = nie wykonano: nie udało się otworzyć sesji
check-not-run-too-many-sessions = nie wykonano: zbyt wiele sesji (serwer raz po raz zrywał połączenie)
check-not-run-greeting-refused = nie wykonano: serwer odrzucił połączenie
check-not-run-login-refused = nie wykonano: logowanie odrzucone ({ $reply })
check-not-run-stls-refused = nie wykonano: odmówiono STLS
check-not-advertised = nie ogłoszono w CAPA
check-command-got = na { $command } serwer odpowiedział { $reply }
check-advertised-but = { $command } jest ogłoszone, ale { $reply }
check-and-more = i { $count } więcej

## greeting

check-greeting-err = serwer przywitał się odpowiedzią -ERR: { $text }
check-greeting-no-text = +OK bez tekstu
check-greeting-timestamp = +OK z tekstem i poprawnym znacznikiem czasu APOP { $timestamp }
check-greeting-bad-timestamp = +OK z tekstem; zawiera <...>, które nie jest poprawnym znacznikiem czasu APOP (<local@domain>)
check-greeting-no-timestamp = +OK z tekstem (bez znacznika czasu APOP)
check-apop-not-offered = brak znacznika czasu w powitaniu: APOP nie jest oferowane

## capa

check-capa-not-supported = CAPA nieobsługiwane ({ $reply }); sprawdzane są tylko podstawy
check-capa-listed = { $count ->
    [one] { $count } możliwość
    [few] { $count } możliwości
    [many] { $count } możliwości
   *[other] { $count } możliwości
}: { $names }
check-capa-malformed = błędne wiersze możliwości: { $lines }

## stls

check-stls-upgraded = połączenie przełączono na TLS przez STLS
check-stls-refused = odmówiono STLS: { $reply }
check-stls-implicit = TLS od pierwszego bajtu: STLS nie ma zastosowania
check-stls-offered = oferowane na tym niezaszyfrowanym połączeniu (kontrola z niego nie korzysta)
check-stls-not-offered = nieoferowane na niezaszyfrowanym połączeniu: hasła przechodzą przez sieć jawnym tekstem

## stls-after-tls

check-stls-after-tls-plain = kontrola nie działała pod TLS; aby to sprawdzić, wybierz STLS albo TLS od pierwszego bajtu
check-stls-again-refused = ponowne STLS pod TLS otrzymało { $reply }
check-stls-again-accepted = ponowne STLS pod TLS otrzymało { $reply }: to żądanie drugiego uzgadniania TLS wewnątrz pierwszego; połączenie zerwano
check-capa-tls-no-stls = CAPA pod TLS nie wymienia już STLS
check-capa-tls-still-stls = CAPA pod TLS nadal wymienia STLS, co zachęca klienta, by wysłał je ponownie

## login, apop, sasl

check-login-accepted = przyjęto: { $reply }
check-login-accepted-but = przyjęto ({ $reply }), ale klient wykrył problemy
check-login-refused = logowanie odrzucone: { $reply }
check-login-refused-in-use = logowanie odrzucone: { $reply } — [IN-USE]: skrzynka pocztowa jest zablokowana przez inną sesję
check-login-refused-login-delay = logowanie odrzucone: { $reply } — [LOGIN-DELAY]: od poprzedniego logowania minęło zbyt mało czasu
check-login-refused-auth = logowanie odrzucone: { $reply } — [AUTH]: błędna nazwa użytkownika lub hasło
check-login-refused-sys-temp = logowanie odrzucone: { $reply } — [SYS/TEMP]: przejściowy problem serwera
check-login-refused-sys-perm = logowanie odrzucone: { $reply } — [SYS/PERM]: trwały problem serwera
check-no-sasl = nie ogłoszono żadnych mechanizmów SASL
check-needs-token = wymaga tokenu OAuth, nie hasła
check-mechanism-unknown = mechanizm, którego ten klient nie obsługuje

## bad-pass

check-bad-pass-refused = { $count ->
    [one] { $count } błędne hasło otrzymało -ERR
    [few] każde z { $count } błędnych haseł otrzymało -ERR
    [many] każde z { $count } błędnych haseł otrzymało -ERR
   *[other] każde z { $count } błędnego hasła otrzymało -ERR
}
check-bad-pass-codes = kody odpowiedzi: { $codes }
check-bad-pass-accepted = błędne hasło nr { $attempt } otrzymało { $reply }: serwer wpuścił użytkownika z błędnym hasłem
check-bad-pass-closed = następnie serwer zamknął połączenie po { $after ->
    [one] { $after } błędnym haśle
    [few] { $after } błędnych hasłach
    [many] { $after } błędnych hasłach
   *[other] { $after } błędnego hasła
}, co jest czystym sposobem odmowy dalszych prób
check-bad-pass-then-accepted = następnie poprawne hasło w tej samej sesji zostało przyjęte
check-bad-pass-then-refused = następnie poprawne hasło w tej samej sesji otrzymało { $reply }: sesja przestała nadawać się do użytku

## auth-injection

check-injection-one-reply = jedna odpowiedź, { $reply }, i żadnego logowania
check-injection-logged-in = podrobiona tożsamość została zalogowana: { $reply }
check-injection-extra-lines = { $count ->
    [one] { $count } dodatkowy wiersz odpowiedzi pochodził
    [few] { $count } dodatkowe wiersze odpowiedzi pochodziły
    [many] { $count } dodatkowych wierszy odpowiedzi pochodziło
   *[other] { $count } dodatkowego wiersza odpowiedzi pochodziło
} z samej tożsamości: { $lines }

## resp-codes

check-codes-malformed = błędne kody: { $codes }
check-codes-unadvertised = wysłano kody, choć RESP-CODES nie jest ogłoszone: { $codes }
check-codes-none = ogłoszone; w tej kontroli żadna odpowiedź nie zawierała kodu
check-codes-seen = napotkane poprawne kody: { $codes }
check-codes-not-advertised = nieogłoszone i nie napotkano żadnych kodów

## stat-list

check-list-bad-lines = wiersze LIST, które nie mają postaci "n size": { $lines }
check-stat-odd = odpowiedź na STAT nie ma postaci "+OK count size": { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}; rozmiary z LIST się sumują
check-stat-list-disagree = STAT podaje { $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
}, { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}; LIST wymienia { $listed } o łącznym rozmiarze { $total }
check-maildrop-empty = skrzynka pocztowa jest pusta
check-no-message-list = brak wykazu wiadomości (STAT i LIST nie odpowiedziały)

## uidl, uidl-stable

check-uid-chars = wiadomość { $msg }: identyfikator zawiera znaki spoza zakresu 0x21-0x7E
check-uid-length = wiadomość { $msg }: identyfikator ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaków
} (dozwolone 1-70)
check-uid-twice = wiadomość { $msg }: identyfikator "{ $uid }" nie jest unikalny
check-uidl-bad-line = wiersz, który nie ma postaci "n id": "{ $line }"
check-uid-count = { $ids ->
    [one] { $ids } identyfikator
    [few] { $ids } identyfikatory
    [many] { $ids } identyfikatorów
   *[other] { $ids } identyfikatorów
} na { $listed ->
    [one] { $listed } wiadomość z wykazu
    [few] { $listed } wiadomości z wykazu
    [many] { $listed } wiadomości z wykazu
   *[other] { $listed } wiadomości z wykazu
}
check-uidl-good = { $count ->
    [one] { $count } identyfikator
    [few] { $count } identyfikatory
    [many] { $count } identyfikatorów
   *[other] { $count } identyfikatorów
}, unikalne, 1-70 znaków z zakresu 0x21-0x7E
check-uidl-no-first = brak identyfikatorów z pierwszej sesji do porównania
check-uidl-same = { $count ->
    [one] ten sam identyfikator
    [few] te same { $count } identyfikatory
    [many] te same { $count } identyfikatorów
   *[other] te same { $count } identyfikatorów
} w drugiej sesji
check-uidl-changed = identyfikatory zmieniły się między sesjami
check-uid-changed = wiadomość { $msg }: "{ $first }", a potem "{ $then }"
check-uid-gone = wiadomość { $msg }: "{ $first }", a potem brak

## bad-arguments

check-bad-args-refused = każde otrzymało -ERR: { $commands }
check-bad-args-no-such-message = { $command } otrzymało { $reply }: takiej wiadomości nie ma, więc odpowiedzią musi być -ERR
check-bad-args-extra-ignored = { $command } otrzymało { $reply }: nadmiarowy argument został zignorowany
check-bad-args-noop-failed = następne NOOP otrzymało { $reply }: sesja tego nie przetrwała

## top

check-top-no-headers = { $lines ->
    [one] { $lines } wiersz
    [few] { $lines } wiersze
    [many] { $lines } wierszy
   *[other] { $lines } wierszy
}, ale brak pól nagłówka
check-top-headers-only = { $headers ->
    [one] { $headers } wiersz nagłówka
    [few] { $headers } wiersze nagłówka
    [many] { $headers } wierszy nagłówka
   *[other] { $headers } wierszy nagłówka
} i pusty wiersz, bez wierszy treści
check-top-no-blank = { $headers ->
    [one] { $headers } wiersz nagłówka
    [few] { $headers } wiersze nagłówka
    [many] { $headers } wierszy nagłówka
   *[other] { $headers } wierszy nagłówka
}, ale bez pustego wiersza, który kończy nagłówki
check-top-body = { $lines ->
    [one] { $lines } wiersz treści
    [few] { $lines } wiersze treści
    [many] { $lines } wierszy treści
   *[other] { $lines } wierszy treści
} po nagłówkach, choć zażądano 0

## top-stuffing

check-top-stuffing-no-dot = nie da się stwierdzić: żadna wiadomość pobrana przez RETR nie ma wiersza zaczynającego się od "."
check-top-stuffed = TOP { $msg } { $lines }: wiersz { $line }, zaczynający się od ".", przyszedł z podwojoną kropką, tak jak w RETR
check-top-not-stuffed = TOP { $msg } { $lines }: w wierszu { $line }, zaczynającym się od ".", nie podwojono kropki

## pipelining

check-pipelining-not-asked = w tej sesji nie wysłano CAPA (otwarto ją ponownie)
check-pipelining-in-order = STAT, LIST i NOOP wysłano jednym zapisem; odpowiedzi wróciły we właściwej kolejności
check-pipelining-wrong = odpowiedzi w złej kolejności lub błędne

## retr

check-every-message-too-large = każda wiadomość jest większa niż { $limit ->
    [one] { $limit } oktet
    [few] { $limit } oktety
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
}
check-nothing-retrieved = niczego nie pobrano
check-retr-as-listed = { $msg }: { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}, zgodnie z wykazem
check-retr-size-differs = { $msg }: według LIST { $listed ->
    [one] { $listed } oktet
    [few] { $listed } oktety
    [many] { $listed } oktetów
   *[other] { $listed } oktetów
}, a { $arrived ->
    [one] dotarł { $arrived }
    [few] dotarły { $arrived }
    [many] dotarło { $arrived }
   *[other] dotarło { $arrived }
}
check-retr-octets = { $msg }: { $octets ->
    [one] { $octets } oktet
    [few] { $octets } oktety
    [many] { $octets } oktetów
   *[other] { $octets } oktetów
}
check-retr-failed = { $msg }: { $reply }

## line-format

check-line-format-good = każda odpowiedź kończyła się CRLF, w treściach podwojono kropki, wiersze mieściły się w limitach
check-in-reply-to = odpowiedź na { $command }
check-in-greeting = powitanie
check-after-short-body = po skróconej treści { $command }
check-bare-lf = { $lines ->
    [one] { $lines } wiersz kończył się samym LF
    [few] { $lines } wiersze kończyły się samym LF
    [many] { $lines } wierszy kończyło się samym LF
   *[other] { $lines } wierszy kończyło się samym LF
}; wiersze POP3 kończą się CRLF
check-long-lines = { $count ->
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
check-unstuffed-dot = { $count ->
    [one] { $count } wiersz zaczynał się
    [few] { $count } wiersze zaczynały się
    [many] { $count } wierszy zaczynało się
   *[other] { $count } wierszy zaczynało się
} pojedynczą kropką "." (pierwszy: wiersz { $first }): serwer nie podwoił kropek
check-lowercase-status = wskaźnik statusu nie jest zapisany wielkimi literami (+OK / -ERR)
check-plus-no-space = wyzwanie SASL było samym znakiem "+"; kontynuacja to "+" i spacja, nawet gdy wyzwanie jest puste
check-dropped-lines = odrzucono { $count ->
    [one] { $count } zbyt długi wiersz
    [few] { $count } zbyt długie wiersze
    [many] { $count } zbyt długich wierszy
   *[other] { $count } zbyt długich wierszy
}
check-size-mismatch = według LIST { $listed ->
    [one] { $listed } oktet
    [few] { $listed } oktety
    [many] { $listed } oktetów
   *[other] { $listed } oktetów
}, a { $arrived ->
    [one] dotarł { $arrived }
    [few] dotarły { $arrived }
    [many] dotarło { $arrived }
   *[other] dotarło { $arrived }
}
check-unstuffed-suspect = "{ $line }" nie jest odpowiedzią: treść zawierała zapewne wiersz ".", w którym nie podwojono kropki

## reply-syntax

check-reply-syntax-good = każda odpowiedź zaczynała się od +OK lub -ERR
check-malformed-lines = { $count ->
    [one] { $count } błędny wiersz
    [few] { $count } błędne wiersze
    [many] { $count } błędnych wierszy
   *[other] { $count } błędnych wierszy
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}odpowiedź, o którą nikt nie prosił: "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}to nie jest odpowiedź POP3 (musi zaczynać się od +OK lub -ERR): "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}odrzucono wiersz dłuższy niż { $limit ->
    [one] { $limit } oktet
    [few] { $limit } oktety
    [many] { $limit } oktetów
   *[other] { $limit } oktetów
}

## dele-rset

check-dele-refused = odmówiono DELE { $msg }: { $reply }
check-retr-after-dele-ok = RETR { $msg } po DELE { $msg } otrzymało +OK: serwer musi odmówić wydania usuniętej wiadomości
check-retr-after-dele-refused = RETR { $msg } po DELE odrzucone ({ $reply })
check-rset-failed = RSET otrzymało { $reply }; połączenie zerwano bez QUIT, więc nic nie zostanie usunięte
check-retr-after-rset-ok = RETR { $msg } po RSET znów działa
check-retr-after-rset-failed = RETR { $msg } po RSET otrzymało { $reply }

## unknown-command

check-unknown-accepted = { $keyword } otrzymało { $reply } zamiast -ERR
check-unknown-refused = { $keyword } otrzymało "{ $reply }"; następne NOOP otrzymało +OK
check-unknown-broke = { $keyword } otrzymało "{ $reply }", ale następne NOOP otrzymało { $noop }

## line-length

check-line-got = wiersz o długości { $octets ->
    [one] { $octets } oktetu
   *[other] { $octets } oktetów
} otrzymał "{ $reply }"
check-noop-after-ok = następne NOOP otrzymało +OK
check-noop-after-failed = następne NOOP otrzymało { $reply } (długi wiersz mógł zostać odczytany jako kilka poleceń)

## timing

check-timing-none = nie zmierzono czasu żadnej odpowiedzi
check-timing-median-max = mediana/maksimum
check-timing-slow = wolne, mediana { $limit } ms lub więcej (mediana/maksimum)
check-timing-others = pozostałe (mediana/maksimum)
check-time-of = { $command } { $median }/{ $max } ms
check-time-of-greeting = powitanie { $median }/{ $max } ms
check-time-of-other = inne { $median }/{ $max } ms

## Panel

ui-check-title = Kontrola serwera
ui-check-intro = Świadectwo dla { $host }:{ $port } ({ $security }): powitanie, CAPA, każda ogłoszona możliwość, podwajanie kropek, STAT/LIST, DELE/RSET (zawsze cofane), limity i czasy odpowiedzi. Kontrola otwiera własne połączenia przez proxy i nigdy nie usuwa poczty. Próbuje też trzech błędnych haseł i logowania AUTH PLAIN z podrobioną nazwą użytkownika, które serwer może zapisać w dzienniku jako nieudane logowania.
ui-check-no-worker = Nie udało się uruchomić sprawdzenia na tej stronie: { $reason }.
ui-check-user = Użytkownik
ui-check-password = Hasło
ui-check-run = Uruchom kontrolę
ui-check-running = Sprawdzanie…
ui-check-export = Eksportuj
ui-check-hide-export = Ukryj tekst raportu
ui-check-col-result = Wynik
ui-check-col-probe = Test
ui-check-col-seen = Co zaobserwowano
ui-check-col-rfc = RFC
# Co wymienia raport: serwer i użytkownika.
ui-check-server = { $host }:{ $port } jako { $user }
ui-check-status-starting = W toku: uruchamianie
ui-check-status-probe = W toku: { $probe }
ui-check-status-waiting = W toku: { $probe } (oczekiwanie na odpowiedź na { $command })
ui-check-status-waiting-long = W toku: { $probe } (oczekiwanie na odpowiedź na wiersz { $command } o długości { $octets ->
    [one] { $octets } oktetu
   *[other] { $octets } oktetów
})
ui-check-status-finished = Zakończono: zaliczone { $pass }, ostrzeżenia { $warn }, niezaliczone { $fail }, pominięte { $skipped }
# Eksport tekstowy: nagłówek, a po nim po jednym wierszu na każde ustalenie (werdykt
# jest kodem: PASS, WARN, FAIL lub SKIP), a za nim punkt RFC, jeśli jest.
ui-check-report-heading = Kontrola serwera POP3: { $server } (zaliczone { $pass }, ostrzeżenia { $warn }, niezaliczone { $fail }, pominięte { $skipped })
ui-check-report-line = { $verdict }  { $title }: { $detail }
# Między zdaniami w szczegółach ustalenia oraz po zdaniu, które wprowadza
# zdania następujące po nim.
ui-check-separator = {"; "}
ui-check-lead-separator = {": "}
