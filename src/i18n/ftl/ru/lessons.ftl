# Русский: курс «Изучаем POP3» (названия уроков, шаги, пояснения, замечания,
# подписи кнопки «Выполнить») и собственные слова панели курса.
#
# Текст в `обратных кавычках` — это код: строки команд, ответы и слова протокола,
# они во всех языках остаются как есть (вместе с обратными кавычками). Так же
# остаются ключевые слова POP3 (USER, PASS, STAT, +OK, -ERR, …), ссылки на RFC
# (RFC 1939 §7), а также имя и пароль демо-ящика (mrose, tanstaaf).

## Шаги, общие для нескольких уроков

lesson-connect-title = Подключитесь к демо-серверу
lesson-connect-explain = Откройте соединение с демо-сервером ({ $route ->
        [in-page] внутри этой страницы, без сети
       *[proxy] 127.0.0.1:1110, через прокси
    }). Первым говорит сервер: приветствие начинается с `+OK`. Теперь сеанс в состоянии AUTHORIZATION.
lesson-open-session-title = Откройте сеанс
lesson-open-session-explain = Подключитесь к демо-серверу и войдите как `mrose` (кнопка делает и то и другое). Команды этого урока допустимы только в состоянии TRANSACTION, после входа.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = Демо-сервер блокирует почтовый ящик, пока его держит открытым какой-либо сеанс (RFC 1939 §8), поэтому завершите этот сеанс, прежде чем входить снова.

## Приветствие и метка времени APOP

lesson-greeting-title = Приветствие и метка времени APOP
lesson-greeting-intro = Сеанс POP3 начинается с того, что первым говорит сервер. Его приветствие может содержать метку времени, которая делает возможным более безопасный вход.
lesson-greeting-timestamp-title = Найдите метку времени
lesson-greeting-timestamp-explain = Посмотрите на конец приветствия в журнале: текст между `<` и `>` — это метка времени, уникальная для этого соединения. Сервер, который её присылает, поддерживает APOP: клиент доказывает, что знает пароль, хешируя метку времени вместе с ним.
# $timestamp (текст): метка времени из приветствия этого соединения, например <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = Метка времени этого соединения: { $timestamp }
lesson-greeting-quit-title = Выйдите с помощью QUIT
lesson-greeting-quit-explain = В состоянии AUTHORIZATION `QUIT` просто завершает сеанс: почтовый ящик не открывался, поэтому состояния UPDATE нет. Сервер отвечает `+OK` и закрывает соединение.

## USER/PASS или APOP

lesson-user-pass-apop-title = USER/PASS или APOP
lesson-user-pass-apop-intro = Два способа входа из RFC 1939: сам пароль или доказательство того, что вы его знаете.
lesson-user-pass-apop-user-pass-title = Войдите с помощью USER и PASS
lesson-user-pass-apop-user-pass-explain = `USER mrose` указывает почтовый ящик, затем `PASS tanstaaf` передаёт пароль — открытым текстом, если соединение не использует TLS. Приложение скрывает его в журнале, но прочитать его может любой, кто находится на сетевом пути. После `+OK` сеанс переходит в состояние TRANSACTION.
lesson-user-pass-apop-connect-again-title = Подключитесь снова
lesson-user-pass-apop-connect-again-explain = Новое соединение получает новое приветствие с новой меткой времени.
lesson-user-pass-apop-apop-title = Войдите с помощью APOP
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>` передаёт MD5 от метки времени из приветствия, за которой следует пароль, в виде 32 шестнадцатеричных цифр. Пароль никогда не передаётся по сети, а дайджест нельзя использовать повторно: у каждого приветствия своя метка времени. (Сегодня MD5 считается слабым; настоящую защиту даёт TLS.)
# Что читатель вводит вместо дайджеста в `APOP mrose <digest>`.
lesson-user-pass-apop-apop-placeholder = дайджест
# До входа: $timestamp (текст) — метка времени из приветствия, $password (текст) — демо-пароль.
lesson-note-apop-digest-to-come = Дайджест будет равен MD5("{ $timestamp }" + "{ $password }")

## STAT и LIST

lesson-stat-list-title = STAT и LIST
lesson-stat-list-intro = Сколько здесь сообщений и каков их размер?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` запрашивает сводку почтового ящика: число сообщений и их общий размер в октетах, в одной строке: `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = `LIST` без аргумента отвечает многострочным списком размеров: по строке `number size` на каждое сообщение, в конце — строка из одной `.`.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = С номером сообщения ответ занимает одну строку: `+OK 1 size`. Сообщения нумеруются с 1, и номера не меняются в течение всего сеанса.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = Номера сообщений меняются от сеанса к сеансу, уникальные идентификаторы — нет.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` перечисляет по одному уникальному идентификатору на сообщение. После удаления сообщение 3 в следующий раз может стать сообщением 2, но его идентификатор останется прежним: так клиент, оставляющий почту на сервере, узнаёт, что он уже загрузил.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = С номером сообщения идентификатор приходит в одной строке: `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Просмотр сообщения без загрузки его целиком.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` присылает заголовки, пустую строку после них и первые n строк тела. При n = 0 вы получаете только заголовки: так клиент без лишних затрат показывает список тем и отправителей.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = То же самое с тремя строками тела: предварительный просмотр.

## RETR и удвоение точек

lesson-retr-title = RETR и удвоение точек
lesson-retr-intro = Многострочный ответ заканчивается строкой из одной точки. А если в самом сообщении есть такая строка?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1` загружает сообщение 1 целиком в виде многострочного ответа, который завершается `.` на отдельной строке.
lesson-retr-stuffing-title = Найдите удвоение точек
lesson-retr-stuffing-explain = В сообщении 1 есть строки, начинающиеся с точки. При передаче сервер удвоил каждую начальную точку (`..`), чтобы ни одна строка сообщения не выглядела как его конец; клиент убирает лишнюю точку. Сравните исходные байты ответа в журнале с представлением сообщения.
# $count (число): строки последнего загруженного сообщения, начинавшиеся с точки;
# $message (текст): номер этого сообщения, например 1.
lesson-note-stuffed = { $count ->
    [0] В последней команде RETR ({ $message }) не было строк, начинающихся с точки.
    [one] { $count } строка последней команды RETR начиналась с точки: ".." при передаче.
    [few] { $count } строки последней команды RETR начинались с точки: ".." при передаче.
    [many] { $count } строк последней команды RETR начинались с точки: ".." при передаче.
   *[other] { $count } строки последней команды RETR начинались с точки: ".." при передаче.
}

## DELE, RSET и состояние UPDATE

lesson-dele-rset-title = DELE, RSET и состояние UPDATE
lesson-dele-rset-intro = Удаление проходит в два этапа: пометить сейчас, удалить в конце.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2` помечает сообщение 2 как удалённое. Пока ничего не удаляется: сервер удаляет помеченные сообщения только в состоянии UPDATE, после QUIT.
lesson-dele-rset-stat-again-title = Снова STAT
lesson-dele-rset-stat-again-explain = Помеченное сообщение больше не учитывается: STAT показывает на одно сообщение меньше, а команды, указывающие сообщение 2, теперь завершаются ошибкой.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` снимает пометку со всех удалённых сообщений. Если бы вместо этого вы отправили QUIT, сервер перешёл бы в состояние UPDATE и удалил бы сообщение 2 окончательно (демо внутри страницы помнит ваши удаления в этом браузере, пока вы не восстановите его почтовые ящики; демо за прокси — до перезапуска).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = Именно корректный выход приводит к удалению сообщений.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = `QUIT` в состоянии TRANSACTION переводит сеанс в состояние UPDATE: сервер удаляет сообщения, помеченные как удалённые, снимает блокировку почтового ящика, отвечает `+OK` и закрывает соединение.
lesson-quit-over-title = Сеанс завершён
lesson-quit-over-explain = Состояние прошло путь TRANSACTION → UPDATE → DISCONNECTED (см. отметки в журнале). Если бы соединение оборвалось до QUIT, сервер не перешёл бы в состояние UPDATE и ничего бы не удалил.

## CAPA и STLS

lesson-capa-stls-title = CAPA и STLS
lesson-capa-stls-intro = Спросите сервер, что он умеет, а затем переведите соединение на TLS.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA` перечисляет, что сервер поддерживает сверх основного: TOP, UIDL, PIPELINING, механизмы SASL и STLS, если он может запустить TLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` просит продолжить это соединение поверх TLS. После `+OK` прокси выполняет рукопожатие TLS на том же TCP-соединении. Затем клиент должен забыть возможности и запросить их снова (это приложение так и делает): STLS в списке уже нет.
lesson-capa-stls-login-title = Войдите через TLS
lesson-capa-stls-login-explain = Теперь USER/PASS защищены от прослушивания: пароль передаётся внутри TLS.

## SASL: AUTH PLAIN и CRAM-MD5

lesson-sasl-title = SASL: AUTH PLAIN и CRAM-MD5
lesson-sasl-intro = AUTH запускает механизм SASL; SASL — это каркас для подключаемых способов входа.
lesson-sasl-capa-title = CAPA: найдите строку SASL
lesson-sasl-capa-explain = Возможность `SASL` перечисляет механизмы, которые принимает сервер; демо-сервер предлагает PLAIN, LOGIN и CRAM-MD5.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN передаёт имя пользователя и пароль в одном сообщении base64. Base64 — это кодирование, а не шифрование: в реальной сети PLAIN нужен TLS.
# Что читатель вводит вместо аргумента в `AUTH PLAIN <…>`; "\0" — байт NUL.
lesson-sasl-plain-placeholder = base64 от \0mrose\0tanstaaf
lesson-sasl-connect-again-title = Подключитесь снова
lesson-sasl-connect-again-explain = Новый сеанс для второго механизма.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = Сервер присылает вызов (строку `+ ` в base64); клиент отвечает именем пользователя и HMAC-MD5 вызова с паролем в качестве ключа (RFC 2195). Пароль никогда не передаётся по сети.

## Пример сеанса из RFC 1939

lesson-rfc1939-example-title = Воспроизведите пример сеанса из RFC 1939
lesson-rfc1939-example-intro = RFC 1939 завершается полным примером сеанса. Воспроизведите его без подключения к сети и разберите по шагам.
lesson-rfc1939-example-replay-title = Воспроизведите пример
lesson-rfc1939-example-replay-explain = Кнопка вставляет пример в окно импорта, которое воспроизводит его тем же движком клиента, без подключения к сети, и поясняет каждую строку. (При этом живое соединение закрывается.)
lesson-rfc1939-example-apop-title = Вход через APOP
lesson-rfc1939-example-apop-explain = Метка времени в приветствии — `<1896.697170952@dbc.mtview.ca.us>`. Клиент отвечает `APOP mrose c4c9334bac560ecc979e58001b3e22fb`: это MD5 от метки времени, за которой следует секрет `tanstaaf` (демо-сервер использует тот же).
lesson-rfc1939-example-stat-list-title = STAT и LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320`: два сообщения, 320 октетов. Список размеров указывает их размеры: 120 и 200.
lesson-rfc1939-example-retr-dele-title = RETR и DELE
lesson-rfc1939-example-retr-dele-explain = Каждое сообщение загружается, а затем помечается как удалённое. Сами сообщения в RFC опущены; импорт пропускает эти строки-заглушки.
lesson-rfc1939-example-quit-title = QUIT и UPDATE
lesson-rfc1939-example-quit-explain = QUIT переводит сеанс в состояние UPDATE: сервер удаляет оба сообщения и прощается ответом `maildrop empty`.

## «Выполнить»: что кнопка делает сейчас (шагу может сначала понадобиться
## соединение, вход или QUIT)

lesson-move-replay = Воспроизвести пример
lesson-move-connect-first = Сначала подключитесь
lesson-move-connect-and-log-in-first = Сначала подключитесь и войдите
lesson-move-log-in-first = Сначала войдите
lesson-move-quit-logged-in = Сначала QUIT (вы вошли в систему)
lesson-move-quit-mailbox-locked = Сначала QUIT (пока вы в системе, почтовый ящик заблокирован)
lesson-move-connect = Подключиться к демо-серверу
lesson-move-connect-and-log-in = Подключиться и войти
lesson-move-log-in-demo = Войти как mrose
# $command (текст): строка команды, например STAT
lesson-move-send = Отправить { $command }
lesson-move-user-pass = Войти через USER/PASS
lesson-move-apop = Войти через APOP
# $mechanism (текст): механизм SASL, например PLAIN
lesson-move-auth = AUTH { $mechanism }

## Панель курса

ui-lessons-heading = Изучаем POP3
# После заголовка: пройдено уроков из общего числа.
ui-lessons-lessons-done = { $total ->
    [one] { $done }/{ $total } урок
    [few] { $done }/{ $total } урока
    [many] { $done }/{ $total } уроков
   *[other] { $done }/{ $total } урока
}
# Подпись списка выбора урока.
ui-lessons-pick = Урок
# Урок в списке выбора, уже открытый: его номер, название и пройденные шаги.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# Урок в списке выбора, ещё не открытый: его номер, название и число шагов.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } шаг
    [few] { $total } шага
    [many] { $total } шагов
   *[other] { $total } шага
})
ui-lessons-progress-label = Пройдено шагов
ui-lessons-progress = { $total ->
    [one] { $done }/{ $total } шаг
    [few] { $done }/{ $total } шага
    [many] { $done }/{ $total } шагов
   *[other] { $done }/{ $total } шага
}
# Для экранных дикторов, после названия шага.
ui-lessons-status-done = (выполнено)
ui-lessons-status-current = (текущий шаг)
ui-lessons-status-locked = (недоступно)
# $command (текст): строка команды, показывается как код.
ui-lessons-or-type = Или введите `{ $command }` в строке команд.
# $first, $second (текст): две строки команд, показываются как код.
ui-lessons-or-type-then = Или введите `{ $first }`, а затем `{ $second }` в строке команд.
# $action (текст): что делает кнопка, например "Отправить STAT".
ui-lessons-do-it = Выполнить: { $action }
ui-lessons-continue = Понятно, дальше
ui-lessons-reopen = Прочитать этот шаг ещё раз
ui-lessons-waiting = Ожидание ответа сервера…
ui-lessons-complete = ✓ Урок пройден.
ui-lessons-next = Следующий урок →
ui-lessons-start-over = Начать заново
ui-lessons-start-over-tooltip = Забыть прогресс этого урока и проверять заново с этого момента
