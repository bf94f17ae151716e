# Русский: подписи, кнопки и тексты страницы.

## app

ui-language = Язык
ui-app-session-state = Состояние сеанса (RFC 1939 §3)
ui-app-mail = Почтовый ящик и сообщение

## settings

ui-settings-preset-demo = Демо-сервер (без шифрования + STLS)
ui-settings-preset-demo-tls = Демо-сервер (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Просроченный сертификат (демо, 1996)
ui-settings-preset-fault-wrong-name = Неверное имя (демо, 1997)
ui-settings-preset-fault-self-signed = Самоподписанный сертификат (демо, 1998)
ui-settings-preset-fault-incomplete-chain = Неполная цепочка (демо, 1999)
ui-settings-websockify-no-control = websockify лишь передаёт байты той цели, с которой был запущен: канала управления нет, поэтому приложение не может выбрать сервер, запустить TLS через STLS или показать сертификаты

## connection

ui-connection-title = Соединение
ui-connection-try-demo = Попробовать демо-сервер
ui-connection-no-proxy = Рядом с этой страницей прокси не отвечает, поэтому демо-сервер работает внутри неё. Для настоящих серверов и TLS нужен pop3-proxy (cargo xtask dev).
ui-connection-preset = Готовая настройка
ui-connection-choose-server = Выберите сервер…
ui-connection-tls-faults = Ошибки TLS для изучения
ui-connection-host = Хост
ui-connection-port = Порт
ui-connection-security = Защита
ui-connection-security-none = Нет (без шифрования, порт 110)
ui-connection-security-stls = STLS (переход на TLS после приветствия)
ui-connection-security-implicit = Неявный TLS (порт 995)
ui-connection-proxy = Прокси
ui-connection-proxy-kind = Тип
ui-connection-kind-playground = pop3-proxy (из этого проекта)
ui-connection-kind-websockify = websockify (фиксированная цель, только байты)
# $reason (текст): причина, из ui-settings-websockify-no-control
ui-connection-websockify-off = Хост, порт, защита, STLS и панель сертификата отключены: { $reason }.
ui-connection-proxy-url = URL WebSocket прокси
ui-connection-via = Демо-сервер
ui-connection-via-auto = В этой странице, если не отвечает прокси
ui-connection-via-in-page = В этой странице (без установки)
ui-connection-via-proxy = Через прокси
ui-connection-via-no-tls = В этой странице нет TLS: для STLS и порта 995 нужен прокси.
ui-connection-pinned = Для этого сервера закреплён сертификат, которому вы решили доверять.
ui-connection-connect = Подключиться
ui-connection-disconnect = Отключиться
ui-connection-not-connected = Нет соединения.
ui-connection-connecting = Подключение…
ui-connection-connected = Подключено к { $host }:{ $port }
ui-connection-connected-in-page = Подключено к демо-серверу внутри этой страницы
# $reason (текст): последнее сведение о соединении, словами
ui-connection-disconnected-why = Отключено: { $reason }
ui-connection-disconnected = Отключено.
ui-connection-proxy-said = Сообщение прокси: { $message }

## cert_panel

ui-cert-title = Сертификат TLS
ui-cert-untrusted-title = Недоверенный сертификат
ui-cert-no-version = рукопожатие не завершено
ui-cert-no-cipher = нет шифра
ui-cert-no-sni = нет (IP-адрес)
# $error (текст): что сообщила библиотека TLS, её собственными словами
ui-cert-what-failed = Что не удалось: { $error }
ui-cert-pinned = Не проверен по общедоступным корневым сертификатам: принят, потому что вы его закрепили.
ui-cert-verified = Проверен по общедоступным корневым сертификатам.
ui-cert-server = Сервер:
ui-cert-issuer = Издатель:
ui-cert-issued-by = выдан { $issuer }
ui-cert-valid = действителен с { $from } по { $until }
# $names (текст): альтернативные имена субъекта сертификата через запятую
ui-cert-names = имена: { $names }
ui-cert-trust-explain = Доверять именно этому сертификату для этого сервера (исключение для сертификата, как в почтовых клиентах); соединение будет установлено заново с закреплённым отпечатком.
ui-cert-trust = Доверять этому сертификату

## login

ui-login-title = Вход
ui-login-stls-offered = Сервер предлагает STLS: перейдите на TLS, прежде чем отправлять пароль.
ui-login-send-stls = Отправить STLS
ui-login-capa-hint = Отправьте CAPA, чтобы узнать, какие механизмы предлагает сервер.
ui-login-demo-credentials = Демонстрационный сервер: войдите как { $user } с паролем { $password }. Остальные пользователи, с тем же паролем, показывают разные неполадки: { $others }.
ui-login-demo-fill = Подставить { $user }
ui-login-demo-reset = Восстановить мои демо-почтовые ящики
ui-login-demo-reset-done = Ваши демо-почтовые ящики как новые: все сообщения вернулись.
ui-login-send-capa = Отправить CAPA
ui-login-method = Способ
ui-login-user = Пользователь
ui-login-password = Пароль
ui-login-token = Токен доступа
# $host (текст): имя хоста сервера
ui-login-cleartext-warning = Внимание: { $host } — не этот компьютер, а соединение не зашифровано. Пароль пройдёт по сети открытым текстом. Нажмите кнопку ещё раз, чтобы всё равно отправить его.
ui-login-send-in-clear = Отправить пароль открытым текстом
ui-login-button = Войти
ui-login-apop-timestamp = Метка времени из приветствия:
ui-login-apop-concatenate = Соедините её с вашим секретом:
ui-login-apop-md5 = MD5 от результата, шестнадцатеричными строчными:
ui-login-apop-pending = (вычисляется при входе)
ui-login-apop-send = Отправляется APOP name digest: сам секрет никогда не передаётся по сети.

## commands

ui-commands-title = Команды
ui-commands-message = Сообщение
# $number: номер сообщения; $octets: его размер
ui-commands-message-size = { $number } ({ $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
})
ui-commands-top-lines = Строк для TOP
ui-commands-why-disabled = { $count ->
    [one] Почему { $count } команда недоступна
    [few] Почему { $count } команды недоступны
    [many] Почему { $count } команд недоступны
   *[other] Почему { $count } команды недоступны
}
ui-commands-raw = Произвольная команда (Enter — отправить, ↑/↓ — история)
ui-commands-raw-placeholder = например, LIST 1
# $reason (текст): почему команда сейчас недопустима, со ссылкой на RFC
ui-commands-send-anyway = { $reason }. Нажмите Enter ещё раз, чтобы всё равно отправить её.
# $reason (текст): причина, из ui-settings-websockify-no-control
ui-commands-stls-off = STLS отключена: { $reason } (RFC 2595 §4)

## diagram

ui-diagram-title = Диаграмма последовательности
ui-diagram-summary = ({ $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
})
ui-diagram-summary-window = (последние { $shown } из { $total ->
    [one] { $total } записи
    [few] { $total } записей
    [many] { $total } записей
   *[other] { $total } записи
})
ui-diagram-download = Скачать SVG
ui-diagram-legend = Синий: команды клиента · зелёный: ответы · красный: -ERR · серый: заметки прокси · фиолетовый: TLS
ui-diagram-empty = Пока ничего нет: подключитесь или импортируйте журнал.
ui-diagram-link-hint = Щёлкните по стрелке (или нажмите на ней Enter), чтобы выбрать её строку в журнале.

## export/diagram: SVG, показанный на странице и скачиваемый

ui-diagram-svg-label = Диаграмма последовательности сеанса POP3, { $count ->
    [one] { $count } стрелка
    [few] { $count } стрелки
    [many] { $count } стрелок
   *[other] { $count } стрелки
}
ui-diagram-svg-title = Сеанс POP3: диаграмма последовательности
ui-diagram-lane-client = Клиент (это приложение)
ui-diagram-lane-proxy = Прокси
ui-diagram-lane-server = Сервер POP3
ui-diagram-svg-window = Показаны последние { $shown } из { $total ->
    [one] { $total } записи
    [few] { $total } записей
    [many] { $total } записей
   *[other] { $total } записи
} ({ $skipped ->
    [one] { $skipped } более ранняя не нарисована
    [few] { $skipped } более ранние не нарисованы
    [many] { $skipped } более ранних не нарисовано
   *[other] { $skipped } более ранней не нарисовано
})
# После первой строки ответа: сколько строк в его теле
ui-diagram-svg-body-lines = (+{ $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
})
ui-diagram-svg-tls = Дальше TLS: между прокси и сервером всё зашифровано

## export

ui-export-title = Экспорт и обмен
ui-export-format = Формат экспорта
ui-export-text = Текст (C:/S:)
ui-export-json = JSON (время, пояснения)
ui-export-script-openssl = Скрипт оболочки (openssl s_client)
ui-export-script-curl = Команды curl
ui-export-script-python = Скрипт на Python (poplib)
ui-export-script-explain = Скрипт, который повторяет команды последнего соединения. Без секретов он при запуске спрашивает пароль (или берёт его из POP3_PASSWORD).
ui-export-secrets = Включить секреты
ui-export-secrets-warning = Теперь экспорт содержит пароли и ответы SASL открытым текстом.
ui-export-copy = Копировать
ui-export-download-txt = Скачать .txt
ui-export-download-json = Скачать .json
ui-export-download-sh = Скачать .sh
ui-export-download-py = Скачать .py
ui-export-open = Открыть экспорт .json:
ui-export-share-title = Ссылка для обмена
ui-export-share-explain = Только сервер, порт, защита и прокси: никогда не имя пользователя, пароль или закреплённый сертификат.
ui-export-copy-link = Копировать ссылку
ui-export-copied = Скопировано
ui-export-no-clipboard = Буфер обмена здесь недоступен: выделите текст и скопируйте его
ui-export-restored = { $count ->
    [one] Восстановлена { $count } запись
    [few] Восстановлены { $count } записи
    [many] Восстановлено { $count } записей
   *[other] Восстановлено { $count } записи
}

## import

ui-import-title = Импорт журнала
ui-import-explain = Вставьте сеанс: строки с префиксами C: и S: (как в RFC) или обычный журнал telnet. Он воспроизводится тем же движком клиента, без подключения к сети.
ui-import-run = Воспроизвести и пояснить

## mailbox

ui-mailbox-title = Почтовый ящик
ui-mailbox-log-in-first = Войдите, чтобы открыть почтовый ящик (RFC 1939 §4).
ui-mailbox-quit-sent = Команда QUIT отправлена: сервер удаляет сообщения, помеченные как удалённые.
ui-mailbox-connect-first = Подключитесь и войдите, чтобы увидеть почтовый ящик.
ui-mailbox-load = Загрузить почтовый ящик
ui-mailbox-load-title = STAT, LIST, UIDL и TOP n 0 для первых сообщений
ui-mailbox-rset-title = RSET: снять пометку удаления со всех помеченных сообщений (RFC 1939 §5)
ui-mailbox-fetch-headers = Загрузить заголовки ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0: заголовки каждого показанного сообщения, у которого их ещё нет (RFC 1939 §7)
# Что сообщила STAT: $count сообщений общим размером $octets октетов ($size: то же, например "1.5 MiB")
ui-mailbox-status = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} ({ $size })
# До STAT: в списке $count сообщений
ui-mailbox-status-listed = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
ui-mailbox-marked = ещё { $deleted ->
    [one] { $deleted } помечено как удалённое (исчезнет после QUIT)
    [few] { $deleted } помечены как удалённые (исчезнут после QUIT)
   *[other] { $deleted } помечено как удалённые (исчезнут после QUIT)
}
# $command (текст): команда, ответ на которую поступает, например "RETR 2"
ui-mailbox-receiving = Получение ответа на { $command }
# $received, $total (текст): размеры, например "1.5 MiB"
ui-mailbox-received-of = { $received } из { $total }
# $received (текст): размер, например "1.5 MiB"
ui-mailbox-received = Получено: { $received }
ui-mailbox-empty = Почтовый ящик пуст.
ui-mailbox-press-load = Нажмите «Загрузить почтовый ящик», чтобы увидеть список сообщений.
ui-mailbox-col-number-title = Номер сообщения (RFC 1939 §5)
ui-mailbox-col-size = Размер
ui-mailbox-col-size-title = Октеты, из LIST
ui-mailbox-col-uid-title = Уникальный идентификатор, из UIDL
ui-mailbox-col-from = От
ui-mailbox-col-subject = Тема
ui-mailbox-col-date = Дата
ui-mailbox-col-actions = Действия
ui-mailbox-showing = Показано { $shown } из { $total }.
ui-mailbox-show-more = Показать ещё { $count }
ui-mailbox-show-message = Показать сообщение { $number }
ui-mailbox-retr-title = RETR { $number }: загрузить и показать его
ui-mailbox-dele-title = DELE { $number }: пометить его как удалённое
ui-mailbox-size-title = { $octets ->
    [one] { $octets } октет, из LIST
    [few] { $octets } октета, из LIST
    [many] { $octets } октетов, из LIST
   *[other] { $octets } октета, из LIST
}
ui-mailbox-deleted = удалено
ui-mailbox-open = Открыть

## message

ui-message-title = Сообщение
ui-message-empty = Откройте сообщение, чтобы увидеть его заголовки, структуру MIME и тело.
ui-message-views = Представления сообщения
ui-message-tab-headers = Заголовки
ui-message-tab-structure = Структура
ui-message-tab-text = Текст
ui-message-tab-html = HTML
ui-message-tab-attachments = Вложения
ui-message-tab-raw = Исходный вид
ui-message-no-subject = (без темы)
ui-message-from = От
ui-message-to = Кому
ui-message-date = Дата
# Номер и размер сообщения ($size: то же, например "1.5 MiB")
ui-message-number-size = №{ $number }, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} ({ $size })
ui-message-problem-not-a-message = Поля заголовка не найдены: это не похоже на интернет-сообщение (RFC 5322)
ui-message-problem-undecodable = Не удалось корректно декодировать { $count ->
    [one] { $count } часть
    [few] { $count } части
    [many] { $count } частей
   *[other] { $count } части
} (ошибка в base64, quoted-printable или кодировке); показано то, что удалось прочитать
ui-message-heading = Сообщение { $number }
ui-message-fetching = Загрузка…
ui-message-reading = Разбор сообщения на части…
ui-message-problem-no-reader = Не удалось разобрать сообщение на части: { $reason }. Исходный текст по-прежнему показан.
ui-message-send-retr = Отправить RETR { $number }
ui-message-retry-retr = Повторить RETR { $number }
ui-message-no-headers = Полей заголовка нет.
ui-message-as-sent = В исходном виде
ui-message-part-octets = { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
ui-message-part-octets-sent = { $octets ->
    [one] { $octets } октет в исходном виде
    [few] { $octets } октета в исходном виде
    [many] { $octets } октетов в исходном виде
   *[other] { $octets } октета в исходном виде
}
ui-message-part-count = { $count ->
    [one] { $count } часть
    [few] { $count } части
    [many] { $count } частей
   *[other] { $count } части
}
ui-message-part-charset = кодировка { $charset }
ui-message-part-raw-title = { $octets ->
    [one] { $octets } октет с заголовками, в исходном виде
    [few] { $octets } октета с заголовками, в исходном виде
    [many] { $octets } октетов с заголовками, в исходном виде
   *[other] { $octets } октета с заголовками, в исходном виде
}
ui-message-implied = (подразумевается)
ui-message-implied-title = Поля Content-Type нет: значение по умолчанию из RFC 2045 §5.2
ui-message-part-problem = не удалось корректно декодировать
ui-message-no-structure = Не удалось прочитать структуру MIME.
ui-message-no-text = В этом сообщении нет текстовой части.
ui-message-text-from-html = Части text/plain нет: этот текст получен из части HTML.
ui-message-no-attachments = Вложений нет.
ui-message-col-name = Имя
ui-message-col-type = Тип
ui-message-col-size = Размер
ui-message-no-name = (без имени)
ui-message-large = Это сообщение занимает { $size }: чтение всех его частей ненадолго останавливает страницу, поэтому оно ждёт вашей команды.
ui-message-large-open = Показать его части
ui-message-attachment-download = Сохранить это вложение как файл
ui-message-decoded-title = { $octets ->
    [one] { $octets } октет после декодирования
    [few] { $octets } октета после декодирования
    [many] { $octets } октетов после декодирования
   *[other] { $octets } октета после декодирования
}
# $size (текст): например "1.5 MiB"
ui-message-show-all = Показать всё (ещё { $size })
ui-message-no-html = В этом сообщении нет части HTML.
ui-message-html-mode = Как показывать HTML
ui-message-html-rendered = Отображённым (в песочнице)
ui-message-html-source = Исходный код
ui-message-html-frame = Часть HTML в песочнице: без скриптов и внешнего содержимого
# Размеры: $size — число, с одним знаком после запятой, если меньше 10 (например "1.5")

ui-message-size-bytes = { $size } Б
ui-message-size-kib = { $size } КиБ
ui-message-size-mib = { $size } МиБ
ui-message-size-gib = { $size } ГиБ
ui-message-size-tib = { $size } ТиБ

## transcript

ui-transcript-title = Журнал
ui-transcript-toolbar = Отображение журнала
ui-transcript-crlf = Показывать CR/LF
ui-transcript-crlf-title = Показывать окончания строк: ␍ — это CR, ␊ — это LF
ui-transcript-hex = Hex
ui-transcript-hex-title = Показать байты выбранной записи в шестнадцатеричном виде
ui-transcript-reveal = Показать секреты
ui-transcript-reveal-title = Показывать пароли и ответы SASL вместо ********
ui-transcript-follow = Следить
ui-transcript-follow-title = Держать в поле зрения самую новую запись
ui-transcript-problems = Только проблемы
ui-transcript-problems-title = Показывать только записи с предупреждением или нарушением RFC
ui-transcript-count-problems = { $shown } из { $total ->
    [one] { $total } записи
   *[other] { $total } записей
}
ui-transcript-no-problems = В этом журнале нет ни предупреждений, ни нарушений RFC
ui-transcript-clear = Очистить
ui-transcript-clear-title = Забыть все показанные до сих пор записи
ui-transcript-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
ui-transcript-list = Журнал сеанса POP3
ui-transcript-empty = Подключитесь к серверу, чтобы увидеть здесь каждый байт
ui-transcript-keys-hint = Выбирайте запись клавишами со стрелками вверх и вниз, Page Up, Page Down, Home и End; её подробности идут после списка.
ui-transcript-selected = Выбранная запись
ui-transcript-select-hint = Выберите запись (щёлкните по ней или используйте ↑ и ↓ в списке), чтобы увидеть её байты и все замечания о ней.
# Столбец направления: строки клиента — "C:", строки сервера — "S:", остальные — это слово
ui-transcript-dir-proxy = прокси
ui-transcript-dir-client = Клиент → сервер
ui-transcript-dir-server = Сервер → клиент
ui-transcript-dir-proxy-title = От прокси или этого приложения
ui-transcript-state-change = Смена состояния
ui-transcript-body-title = Многострочный ответ: выберите его, чтобы прочитать тело
ui-transcript-rtt-title = Время приёма-передачи: от отправки команды до этого ответа
ui-transcript-warning = Предупреждение
ui-transcript-violation = Нарушение RFC
ui-transcript-severity-info = сведения
ui-transcript-severity-warning = предупреждение
ui-transcript-severity-violation = нарушение
# $rtt (текст): например "3.2 ms"
ui-transcript-round-trip = приём-передача { $rtt }
# $size (текст): из ui-transcript-octets
ui-transcript-raw = Исходные байты: { $size }
# $size (текст): из ui-transcript-body-size
ui-transcript-body = Тело: { $size }
ui-transcript-octets = { $count ->
    [one] { $count } октет
    [few] { $count } октета
    [many] { $count } октетов
   *[other] { $count } октета
}
ui-transcript-body-size = { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строки
}, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
ui-transcript-hex-cut = Показаны первые { $shown } из { $total ->
    [one] { $total } октета
    [few] { $total } октетов
    [many] { $total } октетов
   *[other] { $total } октета
}.
ui-transcript-body-cut = Показаны первые { $kib } КиБ из { $total ->
    [one] { $total } октета
    [few] { $total } октетов
    [many] { $total } октетов
   *[other] { $total } октета
}.
ui-transcript-secret-revealed = Секрет раскрыт: теперь он на вашем экране.
ui-transcript-secret-masked = Эта строка содержит секрет, здесь он скрыт. Нажмите «Показать секреты», чтобы увидеть его.
# Что говорит экранный диктор о выбранной записи: её позицию, направление
# (ui-transcript-dir-proxy или "C:"/"S:"), строку и её пояснение
ui-transcript-announce = Запись { $number } из { $total }, { $direction } { $line }. { $headline }
