# Русский: собственные слова приложения о соединении, входе и ошибках.

## Собственные сведения приложения о соединении

fact-new-connection = Новое соединение
fact-connecting = Открывается WebSocket-соединение с прокси { $url }
fact-connect-asked = Прокси отправлен запрос на подключение к { $host }:{ $port }
fact-opened-websockify = Подключено через websockify: сервер — это фиксированная цель прокси
fact-opened-plain = Подключено к { $peer } (обычный TCP)
fact-opened-tls = Подключено к { $peer } через { $tls }
fact-start-tls-asked = Прокси отправлен запрос на запуск TLS на этом соединении
fact-tls-up = TLS установлен: { $tls }
tls-verified = { $version }, сертификат проверен
tls-pinned = { $version }, сертификат, которому вы решили доверять
fact-stls-impossible = STLS невозможно продолжить: websockify лишь передаёт байты той цели, с которой был запущен: канала управления нет, поэтому приложение не может выбрать сервер, запустить TLS через STLS или показать сертификаты. Отключение.
fact-link-error = { $explanation }: { $message }
fact-control-unreadable = Прокси прислал то, что это приложение не понимает: { $error }
fact-closed = Соединение закрыто { $by ->
    [server] сервером
    [proxy] прокси
   *[client] этим приложением
}: { $reason }
fact-closed-socket = WebSocket-соединение с прокси закрыто: { $reason }
socket-1000 = закрыто штатно (1000)
socket-1001 = прокси уходит, например завершает работу (1001)
socket-1006 = соединение с прокси потеряно без закрывающего рукопожатия: запущен ли прокси и принимает ли он origin этой страницы? (1006)
socket-1008 = прокси отклонил соединение согласно своей политике (1008)
socket-1009 = сообщение оказалось слишком большим для прокси (1009)
socket-1011 = в прокси произошла внутренняя ошибка (1011)
socket-other = закрыто с кодом { $code }
fact-session-ended = { $expected ->
    [yes] Сеанс завершился штатно
   *[no] Соединение неожиданно прервалось
}
fact-no-reply = ; нет ответа на { $list }
fact-partial-body = ; получена часть тела: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
fact-no-update = . Ни на один QUIT не было ответа, поэтому сервер так и не перешёл в состояние UPDATE: { $marked ->
    [0] ничего не удалено
    [one] { $marked } сообщение, помеченное на удаление, остаётся в почтовом ящике
    [few] { $marked } сообщения, помеченные на удаление, остаются в почтовом ящике
   *[other] { $marked } сообщений, помеченных на удаление, остаются в почтовом ящике
} (RFC 1939 §6)
fact-not-sent = Не отправлено: { $reason }
fact-imported = { $lines ->
    [one] Импортирована { $lines } строка
    [few] Импортированы { $lines } строки
    [many] Импортировано { $lines } строк
   *[other] Импортировано { $lines } строки
} как { $format ->
    [prefixed] журнал C:/S:
   *[telnet] журнал терминала
}; { $skipped ->
    [one] { $skipped } пропущена как не относящаяся к POP3
    [few] { $skipped } пропущены как не относящиеся к POP3
    [many] { $skipped } пропущено как не относящиеся к POP3
   *[other] { $skipped } пропущено как не относящиеся к POP3
}
fact-state-changed = { $from } → { $to }
state-entered-authorization = Сервер прислал приветствие: теперь войдите
state-entered-transaction = Вход выполнен: почтовый ящик открыт
state-entered-update = QUIT: сервер выполняет удаление
state-entered-closed = Сеанс завершён

## Почему строку нельзя записать

unwritable-bad-keyword = "{ $keyword }" — не ключевое слово команды
unwritable-forbidden-byte = аргументы не могут содержать байт { $byte }
unwritable-missing-argument = команде { $keyword } нужен аргумент
unwritable-bad-arguments = неверные аргументы команды { $keyword }; формат: { $expected }
unwritable-not-utf8 = строка команды не является корректным UTF-8

## Вход

login-refused = Вход через { $method } не удался: { $reason }
login-no-reason = причина не указана
login-no-randomness = Этот браузер не предоставляет криптографически стойких случайных чисел (crypto.getRandomValues), поэтому обмен SCRAM не может начаться
login-sasl = { $error }

## Что означают коды ошибок прокси

error-bad-request = Прокси не понял запрос
error-origin-not-allowed = Этой странице не разрешено использовать прокси (запустите его с --allow-origin)
error-port-not-allowed = Прокси не подключается к этому порту (запустите его с --allow-port)
error-host-not-allowed = В публичном режиме прокси не подключается к частным адресам
error-dns-failed = Не удалось найти имя сервера
error-connect-failed = Сервер отклонил соединение или недоступен
error-timeout = Сервер слишком долго не отвечал
error-tls-failed = Рукопожатие TLS не удалось
error-cert-untrusted = Сертификат сервера не является доверенным
error-too-many-sessions = Прокси занят (слишком много сеансов)
error-idle-timeout = Соединение слишком долго простаивало
