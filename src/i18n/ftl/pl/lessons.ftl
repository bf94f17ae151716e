# Polski: kurs „Poznaj POP3” (tytuły lekcji, kroki, objaśnienia, uwagi,
# etykiety „Wykonaj”) i własne słowa panelu kursu.
#
# Tekst w `odwrotnych apostrofach` to kod: wiersze poleceń, odpowiedzi i słowa
# protokołu, pozostawione bez zmian w każdym języku (razem z apostrofami). Tak samo
# słowa kluczowe POP3 (USER, PASS, STAT, +OK, -ERR, …), odwołania do RFC
# (RFC 1939 §7) oraz nazwa i hasło skrzynki demonstracyjnej (mrose, tanstaaf).

## Kroki wspólne dla kilku lekcji

lesson-connect-title = Połącz się z serwerem demonstracyjnym
lesson-connect-explain = Otwórz połączenie z serwerem demonstracyjnym ({ $route ->
        [in-page] w tej stronie, bez sieci
       *[proxy] 127.0.0.1:1110, przez proxy
    }). Serwer odzywa się pierwszy: powitaniem zaczynającym się od `+OK`. Sesja jest teraz w stanie AUTHORIZATION.
lesson-open-session-title = Otwórz sesję
lesson-open-session-explain = Połącz się z serwerem demonstracyjnym i zaloguj jako `mrose` (przycisk robi jedno i drugie). Polecenia tej lekcji są dozwolone tylko w stanie TRANSACTION, po zalogowaniu.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = Serwer demonstracyjny blokuje skrzynkę pocztową, dopóki sesja ma ją otwartą (RFC 1939 §8), więc zakończ tę sesję, zanim zalogujesz się ponownie.

## Powitanie i znacznik czasu APOP

lesson-greeting-title = Powitanie i znacznik czasu APOP
lesson-greeting-intro = Sesja POP3 zaczyna się, gdy serwer odezwie się pierwszy. Jego powitanie może zawierać znacznik czasu, który umożliwia bezpieczniejsze logowanie.
lesson-greeting-timestamp-title = Znajdź znacznik czasu
lesson-greeting-timestamp-explain = Spójrz na koniec powitania w zapisie sesji: tekst między `<` a `>` to znacznik czasu, unikalny dla tego połączenia. Serwer, który go wysyła, oferuje APOP: klient dowodzi, że zna hasło, licząc skrót ze znacznika czasu połączonego z hasłem.
# $timestamp (tekst): znacznik czasu z powitania tego połączenia, np. <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = Znacznik czasu tego połączenia: { $timestamp }
lesson-greeting-quit-title = Wyjdź przez QUIT
lesson-greeting-quit-explain = W stanie AUTHORIZATION `QUIT` po prostu kończy sesję: żadna skrzynka pocztowa nie została otwarta, więc nie ma stanu UPDATE. Serwer odpowiada `+OK` i zamyka połączenie.

## USER/PASS a APOP

lesson-user-pass-apop-title = USER/PASS a APOP
lesson-user-pass-apop-intro = Dwa sposoby logowania z RFC 1939: samo hasło albo dowód, że się je zna.
lesson-user-pass-apop-user-pass-title = Zaloguj się przez USER i PASS
lesson-user-pass-apop-user-pass-explain = `USER mrose` podaje nazwę skrzynki pocztowej, potem `PASS tanstaaf` wysyła hasło, jawnym tekstem, chyba że połączenie używa TLS. Aplikacja maskuje je w zapisie sesji, ale każdy na drodze w sieci mógłby je odczytać. Po `+OK` sesja jest w stanie TRANSACTION.
lesson-user-pass-apop-connect-again-title = Połącz się ponownie
lesson-user-pass-apop-connect-again-explain = Nowe połączenie dostaje nowe powitanie, z nowym znacznikiem czasu.
lesson-user-pass-apop-apop-title = Zaloguj się przez APOP
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>` wysyła MD5 ze znacznika czasu z powitania, po którym następuje hasło, jako 32 cyfry szesnastkowe. Hasło nigdy nie przechodzi przez sieć, a skrótu nie da się użyć ponownie: każde powitanie ma inny znacznik czasu. (MD5 jest dziś słabe; prawdziwą ochronę daje TLS).
# Co czytelnik wpisuje w miejsce skrótu w `APOP mrose <digest>`.
lesson-user-pass-apop-apop-placeholder = skrót
# Przed logowaniem: $timestamp (tekst) to znacznik czasu z powitania, $password (tekst) to hasło demonstracyjne.
lesson-note-apop-digest-to-come = Skrót będzie równy MD5("{ $timestamp }" + "{ $password }")

## STAT i LIST

lesson-stat-list-title = STAT i LIST
lesson-stat-list-intro = Ile jest wiadomości i jak są duże?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` prosi o stan skrzynki: liczbę wiadomości i ich łączny rozmiar w oktetach, w jednym wierszu: `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = `LIST` bez argumentu odpowiada wielowierszowym wykazem wiadomości: po jednym wierszu `number size` na wiadomość, zakończonym wierszem zawierającym pojedynczą `.`.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = Z numerem wiadomości odpowiedź ma jeden wiersz: `+OK 1 size`. Wiadomości są numerowane od 1, a numery nie zmieniają się przez całą sesję.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = Numery wiadomości zmieniają się z sesji na sesję; unikalne identyfikatory nie.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` wypisuje po jednym unikalnym identyfikatorze na wiadomość. Po usunięciu wiadomość 3 może następnym razem być wiadomością 2, ale jej identyfikator się nie zmienia: dzięki temu klient, który zostawia pocztę na serwerze, wie, co już pobrał.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = Z numerem wiadomości identyfikator przychodzi w jednym wierszu: `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Zajrzyj do wiadomości bez pobierania jej w całości.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` wysyła nagłówki, pusty wiersz po nich i pierwsze n wierszy treści. Przy n = 0 dostajesz same nagłówki: tak klient tanim kosztem wyświetla tematy i nadawców.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = To samo z trzema wierszami treści: podgląd.

## RETR i podwajanie kropek

lesson-retr-title = RETR i podwajanie kropek
lesson-retr-intro = Odpowiedź wielowierszowa kończy się wierszem zawierającym pojedynczą kropkę. A co, jeśli sama wiadomość ma taki wiersz?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1` pobiera całą wiadomość 1 jako odpowiedź wielowierszową, zakończoną `.` w osobnym wierszu.
lesson-retr-stuffing-title = Wypatrz podwojone kropki
lesson-retr-stuffing-explain = Wiadomość 1 ma wiersze zaczynające się od kropki. W transmisji serwer podwoił każdą początkową kropkę (`..`), aby żaden wiersz wiadomości nie wyglądał jak jej koniec; klient usuwa dodatkową kropkę. Porównaj surowe bajty odpowiedzi w zapisie sesji z widokiem wiadomości.
# $count (liczba): wiersze ostatnio pobranej wiadomości, które zaczynały się od kropki;
# $message (tekst): jej numer, np. 1.
lesson-note-stuffed = { $count ->
    [0] Ostatnie RETR ({ $message }) nie miało żadnego wiersza zaczynającego się od kropki.
    [one] { $count } wiersz ostatniego RETR zaczynał się od kropki: ".." w transmisji.
    [few] { $count } wiersze ostatniego RETR zaczynały się od kropki: ".." w transmisji.
    [many] { $count } wierszy ostatniego RETR zaczynało się od kropki: ".." w transmisji.
   *[other] { $count } wierszy ostatniego RETR zaczynało się od kropki: ".." w transmisji.
}

## DELE, RSET i stan UPDATE

lesson-dele-rset-title = DELE, RSET i stan UPDATE
lesson-dele-rset-intro = Usuwanie przebiega dwuetapowo: teraz oznaczenie, usunięcie na końcu.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2` oznacza wiadomość 2 jako usuniętą. Nic nie jest jeszcze usuwane: serwer usuwa oznaczone wiadomości dopiero w stanie UPDATE, po QUIT.
lesson-dele-rset-stat-again-title = Ponownie STAT
lesson-dele-rset-stat-again-explain = Oznaczona wiadomość przestaje się liczyć: STAT pokazuje o jedną wiadomość mniej, a polecenia odwołujące się do wiadomości 2 kończą się teraz błędem.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` zdejmuje oznaczenie usunięcia ze wszystkich wiadomości. Gdybyś zamiast tego wysłał QUIT, serwer przeszedłby do stanu UPDATE i trwale usunął wiadomość 2 (demonstracja w stronie pamięta Twoje usunięcia w tej przeglądarce, dopóki nie przywrócisz jej skrzynek pocztowych; demonstracja przez proxy — do ponownego uruchomienia).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = Dopiero poprawne zakończenie sesji sprawia, że usunięcia zostają wykonane.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = `QUIT` w stanie TRANSACTION przenosi sesję do stanu UPDATE: serwer usuwa wiadomości oznaczone jako usunięte, odblokowuje skrzynkę pocztową, odpowiada `+OK` i zamyka połączenie.
lesson-quit-over-title = Sesja się zakończyła
lesson-quit-over-explain = Stan zmienił się TRANSACTION → UPDATE → DISCONNECTED (zob. paski w zapisie sesji). Gdyby połączenie zerwało się przed QUIT, serwer nie przeszedłby do stanu UPDATE i niczego by nie usunął.

## CAPA i STLS

lesson-capa-stls-title = CAPA i STLS
lesson-capa-stls-intro = Zapytaj serwer, co potrafi, a potem przełącz połączenie na TLS.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA` wypisuje, co serwer obsługuje poza podstawami: TOP, UIDL, PIPELINING, mechanizmy SASL oraz STLS, gdy może uruchomić TLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` prosi o kontynuowanie tego połączenia przez TLS. Po `+OK` proxy przeprowadza uzgadnianie TLS na tym samym połączeniu TCP. Klient musi wtedy zapomnieć możliwości i zapytać o nie ponownie (ta aplikacja to robi): STLS nie jest już wymienione.
lesson-capa-stls-login-title = Zaloguj się przez TLS
lesson-capa-stls-login-explain = Teraz USER/PASS jest bezpieczne przed podsłuchem: hasło przechodzi wewnątrz TLS.

## SASL: AUTH PLAIN i CRAM-MD5

lesson-sasl-title = SASL: AUTH PLAIN i CRAM-MD5
lesson-sasl-intro = AUTH uruchamia mechanizm SASL: szkielet wymiennych metod logowania.
lesson-sasl-capa-title = CAPA: znajdź wiersz SASL
lesson-sasl-capa-explain = Możliwość `SASL` wymienia mechanizmy akceptowane przez serwer; serwer demonstracyjny oferuje PLAIN, LOGIN i CRAM-MD5.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN wysyła nazwę użytkownika i hasło w jednym komunikacie base64. Base64 to kodowanie, nie szyfrowanie: w prawdziwej sieci PLAIN wymaga TLS.
# Co czytelnik wpisuje w miejsce argumentu w `AUTH PLAIN <…>`; "\0" to bajt NUL.
lesson-sasl-plain-placeholder = base64 z \0mrose\0tanstaaf
lesson-sasl-connect-again-title = Połącz się ponownie
lesson-sasl-connect-again-explain = Nowa sesja dla drugiego mechanizmu.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = Serwer wysyła wyzwanie (wiersz `+ ` w base64); klient odpowiada nazwą użytkownika i HMAC-MD5 wyzwania z hasłem jako kluczem (RFC 2195). Hasło nigdy nie przechodzi przez sieć.

## Przykładowa sesja z RFC 1939

lesson-rfc1939-example-title = Odtwórz przykładową sesję z RFC 1939
lesson-rfc1939-example-intro = RFC 1939 kończy się pełną przykładową sesją. Odtwórz ją offline i przejdź przez nią krok po kroku.
lesson-rfc1939-example-replay-title = Odtwórz przykład
lesson-rfc1939-example-replay-explain = Przycisk wkleja przykład do importera, który odtwarza go offline przez ten sam mechanizm klienta i opisuje każdy wiersz. (To zamyka aktywne połączenie).
lesson-rfc1939-example-apop-title = Logowanie przez APOP
lesson-rfc1939-example-apop-explain = Znacznik czasu z powitania to `<1896.697170952@dbc.mtview.ca.us>`. Klient odpowiada `APOP mrose c4c9334bac560ecc979e58001b3e22fb`: MD5 ze znacznika czasu, po którym następuje sekret, `tanstaaf` (serwer demonstracyjny używa tego samego).
lesson-rfc1939-example-stat-list-title = STAT i LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320`: dwie wiadomości, 320 oktetów. Wykaz wiadomości podaje ich rozmiary: 120 i 200.
lesson-rfc1939-example-retr-dele-title = RETR i DELE
lesson-rfc1939-example-retr-dele-explain = Każda wiadomość jest pobierana, a potem oznaczana jako usunięta. RFC pomija treść samych wiadomości; importer pomija te zastępcze wiersze.
lesson-rfc1939-example-quit-title = QUIT i UPDATE
lesson-rfc1939-example-quit-explain = QUIT przenosi sesję do stanu UPDATE: serwer usuwa obie wiadomości i żegna się słowami `maildrop empty`.

## „Wykonaj”: co przycisk robi teraz (krok może najpierw wymagać połączenia,
## zalogowania albo QUIT)

lesson-move-replay = Odtwórz przykład
lesson-move-connect-first = Najpierw się połącz
lesson-move-connect-and-log-in-first = Najpierw się połącz i zaloguj
lesson-move-log-in-first = Najpierw się zaloguj
lesson-move-quit-logged-in = Najpierw QUIT (jesteś zalogowany)
lesson-move-quit-mailbox-locked = Najpierw QUIT (skrzynka pocztowa jest zablokowana, dopóki jesteś zalogowany)
lesson-move-connect = Połącz się z serwerem demonstracyjnym
lesson-move-connect-and-log-in = Połącz się i zaloguj
lesson-move-log-in-demo = Zaloguj się jako mrose
# $command (tekst): wiersz polecenia, np. STAT
lesson-move-send = Wyślij { $command }
lesson-move-user-pass = Zaloguj się przez USER/PASS
lesson-move-apop = Zaloguj się przez APOP
# $mechanism (tekst): mechanizm SASL, np. PLAIN
lesson-move-auth = AUTH { $mechanism }

## Panel kursu

ui-lessons-heading = Poznaj POP3
# Po nagłówku: ukończone lekcje spośród wszystkich lekcji.
ui-lessons-lessons-done = lekcje: { $done }/{ $total }
# Etykieta wyboru lekcji.
ui-lessons-pick = Lekcja
# Lekcja na liście wyboru, już otwarta: jej numer, tytuł i wykonane kroki.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# Lekcja na liście wyboru, jeszcze nieotwarta: jej numer, tytuł i liczba kroków.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } krok
    [few] { $total } kroki
    [many] { $total } kroków
   *[other] { $total } kroków
})
ui-lessons-progress-label = Wykonane kroki
ui-lessons-progress = kroki: { $done }/{ $total }
# Dla czytników ekranu, po tytule kroku.
ui-lessons-status-done = (wykonany)
ui-lessons-status-current = (bieżący krok)
ui-lessons-status-locked = (zablokowany)
# $command (tekst): wiersz polecenia, pokazany jako kod.
ui-lessons-or-type = Albo wpisz `{ $command }` w wierszu poleceń.
# $first, $second (tekst): dwa wiersze poleceń, pokazane jako kod.
ui-lessons-or-type-then = Albo wpisz `{ $first }`, a potem `{ $second }` w wierszu poleceń.
# $action (tekst): co robi przycisk, np. "Wyślij STAT".
ui-lessons-do-it = Wykonaj: { $action }
ui-lessons-continue = Rozumiem, dalej
ui-lessons-reopen = Przeczytaj ten krok jeszcze raz
ui-lessons-waiting = Oczekiwanie na serwer…
ui-lessons-complete = ✓ Lekcja ukończona.
ui-lessons-next = Następna lekcja →
ui-lessons-start-over = Zacznij od nowa
ui-lessons-start-over-tooltip = Zapomnij postępy w tej lekcji i sprawdzaj je od nowa od tej chwili
