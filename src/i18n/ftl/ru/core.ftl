# Русский: что ядро протокола говорит о каждой строке (pop3::annotate::Say).
# Слова протокола (USER, PASS, +OK, …), то, что прислал сервер, и ссылки на RFC
# во всех языках остаются как есть.

## Что запрашивает команда

cmd-user = Указывает почтовый ящик "{ $name }"; следом должна идти команда PASS
cmd-pass = Передаёт пароль открытым текстом (здесь он скрыт)
cmd-apop = Вход как "{ $name }" с MD5(метка времени + секрет): сам секрет никогда не передаётся по сети
cmd-quit = Завершает сеанс; в состоянии TRANSACTION сервер сначала выполняет удаление (состояние UPDATE)
cmd-stat = Запрашивает число сообщений и их общий размер
cmd-list-all = Запрашивает размер каждого сообщения (многострочный список размеров)
cmd-list-one = Запрашивает размер сообщения { $msg }
cmd-retr = Загружает сообщение { $msg } (многострочный ответ с удвоением точек)
cmd-dele = Помечает сообщение { $msg } как удалённое; оно удаляется только после QUIT
cmd-noop = Ничего не делает; поддерживает соединение
cmd-rset = Снимает пометку удаления со всех сообщений, помеченных как удалённые в этом сеансе
cmd-top = Запрашивает заголовки сообщения { $msg } и начало его тела ({ $lines ->
        [one] { $lines } строка
        [few] { $lines } строки
        [many] { $lines } строк
       *[other] { $lines } строки
    })
cmd-uidl-all = Запрашивает уникальный идентификатор каждого сообщения (многострочный ответ)
cmd-uidl-one = Запрашивает уникальный идентификатор сообщения { $msg }
cmd-last = Запрашивает наибольший номер сообщения, к которому было обращение (устарела: удалена после RFC 1460)
cmd-capa = Спрашивает, какие расширения поддерживает сервер
cmd-stls = Просит перевести это соединение на TLS
cmd-auth = Начинает аутентификацию SASL с механизмом { $mechanism }
cmd-auth-initial = Начинает аутентификацию SASL с механизмом { $mechanism }, сразу отправляя первый ответ (скрыт)
cmd-auth-bare = AUTH без аргумента: многие серверы перечисляют свои механизмы SASL (не по стандарту; используйте CAPA)
cmd-utf8 = Переключает сеанс в режим UTF-8
cmd-lang-list = Запрашивает список языков, на которых говорит сервер
cmd-lang-set = Просит сервер отвечать на языке "{ $tag }"
cmd-unknown = "{ $keyword }" — команда, неизвестная этому клиенту; сервер должен ответить -ERR
cmd-bad-arguments = { $keyword } с аргументами, которых эта команда не принимает: известная команда, использованная неверно; сервер должен ответить -ERR
sasl-response = Ответ SASL (base64, скрыт)
sasl-empty-response = Пустой ответ
sasl-cancel = "*" отменяет обмен; сервер должен ответить -ERR
sasl-deferred-initial = Начальный ответ, отправленный после пустого вызова

## Шаги клиента в обмене SASL

sasl-nothing = { $mechanism }: ещё ничего не отправлено: обмен { $mechanism } начинается с AUTH { $mechanism }
sasl-initial-plain = PLAIN: начальный ответ: пустой идентификатор авторизации (действовать от имени входящего пользователя), имя пользователя "{ $username }" и пароль, разделённые байтами NUL (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN: начальный ответ: идентификатор авторизации "{ $authzid }", имя пользователя "{ $username }" и пароль, разделённые байтами NUL (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2: начальный ответ: user="{ $username }" и auth=Bearer с токеном OAuth 2.0, разделённые байтами ^A (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER: начальный ответ: заголовок GS2, затем host, port и auth=Bearer с токеном OAuth 2.0 в виде пар key=value, разделённых байтами ^A (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256: client-first-message: имя пользователя и новый nonce (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN: начальный ответ: пустой идентификатор авторизации (действовать от имени входящего пользователя), имя пользователя "{ $username }" и пароль, разделённые байтами NUL (RFC 4616 §2); отправлено в ответ на пустой вызов сервера (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN: начальный ответ: идентификатор авторизации "{ $authzid }", имя пользователя "{ $username }" и пароль, разделённые байтами NUL (RFC 4616 §2); отправлено в ответ на пустой вызов сервера (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2: начальный ответ: user="{ $username }" и auth=Bearer с токеном OAuth 2.0, разделённые байтами ^A (Google XOAUTH2); отправлено в ответ на пустой вызов сервера (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER: начальный ответ: заголовок GS2, затем host, port и auth=Bearer с токеном OAuth 2.0 в виде пар key=value, разделённых байтами ^A (RFC 7628 §3.1); отправлено в ответ на пустой вызов сервера (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256: client-first-message: имя пользователя и новый nonce (RFC 5802 §5.1); отправлено в ответ на пустой вызов сервера (RFC 4422 §5)
sasl-login-username = LOGIN: на первый вызов отправлено имя пользователя "{ $username }" (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN: на второй вызов отправлен пароль (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5: на вызов отправлены имя пользователя "{ $username }" и HMAC-MD5 вызова с паролем в качестве ключа, в шестнадцатеричном виде; сам пароль не передаётся (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2: сервер прислал ошибку в виде вызова; пустой ответ подтверждает её получение, чтобы сервер мог ответить -ERR (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER: сервер прислал ошибку в виде вызова; один байт ^A подтверждает её получение, чтобы сервер мог завершить обмен неудачей (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256: client-final-message: объединённый nonce и доказательство того, что клиент знает пароль, полученное с помощью PBKDF2-HMAC-SHA-256 за { $iterations ->
        [one] { $iterations } итерацию
        [few] { $iterations } итерации
        [many] { $iterations } итераций
       *[other] { $iterations } итерации
    }; сам пароль не передаётся (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256: server-final-message проверено: подпись сервера доказывает, что он тоже знает пароль; пустой ответ завершает обмен (RFC 5802 §5.1)
sasl-stopped = { $mechanism }: остановлено: { $error }; клиенту следует отменить обмен с помощью "*" (RFC 5034 §4)

## Замечания о командах

note-unknown-command = Неизвестная команда
note-bad-arguments = Неверные аргументы: команда записывается как { $usage } (номера сообщений начинаются с 1)
note-bad-arguments-accepted = Сервер принял аргументы, которые RFC не допускает: он должен был ответить -ERR
note-keyword-length = Ключевые слова состоят из 3 или 4 символов
note-argument-length = Аргумент может быть длиной до 40 символов; некоторые серверы отвергают более длинные
note-command-line-length = Строка команды может быть не длиннее 255 октетов, включая CRLF
note-last-removed = Команда LAST удалена из POP3 в RFC 1725
note-pass-in-clear = Пароль передаётся по сети без шифрования: сначала используйте STLS или порт 995
note-pass-in-tls = Пароль передаётся внутри TLS: в сети он зашифрован
note-capability-missing = Сервер не указал { $name } среди своих возможностей

## Приветствие

greeting-refused = Сервер отклоняет соединение: { $text }
note-greeting-err = RFC 1939 предполагает приветствие +OK; -ERR здесь обычно означает, что сервер перегружен или вы заблокированы
greeting-ready = Сервер готов: сеанс теперь в состоянии AUTHORIZATION
note-timestamp = Метка времени { $timestamp }: сервер поддерживает APOP, где она хешируется вместе с вашим секретом
note-no-timestamp = В приветствии нет <timestamp>: APOP недоступен
greeting-continuation = Продолжение SASL вместо приветствия
note-greeting-must-be-ok = Сервер должен начинать с +OK

## Ответы

reply-unsolicited = Ответ, которого никто не запрашивал
note-unsolicited = Сервер прислал ответ, когда ни одна команда его не ожидала
reply-failed = Команда { $keyword } не выполнена: { $text }
note-login-refused = Вход отклонён; сеанс остаётся в состоянии AUTHORIZATION, можно попробовать снова
reply-login-failed = Вход не выполнен; сервер не указал причину
reply-login-failed-text = Вход не выполнен: { $text }
reply-unknown-command = Сервер не знает этой команды
reply-bad-arguments = Сервер отклонил аргументы, как и положено
reply-bad-arguments-accepted = Сервер принял { $keyword } с аргументами, которых эта команда не принимает
reply-user = Почтовый ящик "{ $name }" принят; теперь отправьте PASS
reply-logged-in = Вход выполнен: почтовый ящик заблокирован для других сеансов, сеанс в состоянии TRANSACTION ({ $text })
reply-auth = Аутентификация SASL { $mechanism } прошла успешно: состояние TRANSACTION
reply-auth-mechanisms = Механизмы: { $list }
reply-quit = До свидания: сообщения, помеченные как удалённые, теперь удалены
reply-quit-no-update = До свидания: QUIT до входа завершает сеанс без состояния UPDATE, поэтому ничего не удаляется
reply-stat = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}, всего { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
reply-stat-odd = Ответ на STAT: "{ $text }"
note-stat-form = Ответ на STAT должен иметь вид "+OK nn mm": число сообщений, пробел, общий размер в октетах
reply-list-one = Размер сообщения { $msg }: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
reply-list-one-odd = Ответ на LIST { $msg }: "{ $text }"
note-list-form = Ответ на LIST должен иметь вид "+OK msg octets"
reply-list-empty = Список размеров: почтовый ящик пуст
reply-list-all = Список размеров: { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
note-scan-line = Строка списка размеров "{ $line }" не имеет вида "msg octets"
reply-retr = Сообщение { $msg }: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} после снятия удвоения точек
reply-top = Заголовки и первые строки сообщения { $msg }: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} после снятия удвоения точек
note-retr-announced = Сервер объявил размер: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
note-retr-no-size = Строка +OK не указывает размер (RFC 1939 этого не требует; размеры сообщает LIST)
reply-dele = Сообщение { $msg } помечено как удалённое (удаляется при QUIT; RSET снимает пометку)
reply-noop = Сервер на связи
reply-rset = Пометки удаления сняты
reply-rset-text = Пометки удаления сняты ({ $text })
reply-uidl-one = Уникальный идентификатор сообщения { $msg }: { $text }
note-uidl-form = Ответ на UIDL должен иметь вид "+OK msg unique-id"
reply-uidl-all = Уникальные идентификаторы { $count ->
    [one] { $count } сообщения
    [few] { $count } сообщений
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
note-uid-twice = Уникальный идентификатор "{ $uid }" встречается дважды
note-uidl-line = Строка "{ $line }" не имеет вида "msg unique-id"
note-uid-length = Уникальный идентификатор длиной { $length ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
}: допустимая длина — от 1 до 70
note-uid-chars = Уникальный идентификатор "{ $uid }" содержит символы вне диапазона 0x21-0x7E
reply-last = Наибольший номер сообщения, к которому было обращение: { $text }
reply-capa-none = Сервер не перечисляет ни одной возможности
reply-capa = Возможности: { $list }
reply-stls = Можно начинать: на этом соединении запускается TLS; полученные ранее возможности забываются
reply-utf8 = Режим UTF-8 включён
reply-lang-list = Языки, на которых говорит сервер
reply-lang-set = Ответы будут на языке "{ $tag }"
reply-extension = Сервер принял "{ $keyword }" — команду расширения
note-not-standard = Нестандартная команда POP3

## Возможности

cap-top = TOP: заголовки без всего сообщения
cap-user = USER: разрешён вход через USER/PASS
cap-sasl = SASL: AUTH с механизмами { $list }
cap-resp-codes = RESP-CODES: ответы -ERR содержат [коды]
cap-login-delay = LOGIN-DELAY: между входами нужно ждать { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}
cap-pipelining = PIPELINING: команды можно отправлять, не дожидаясь ответов
cap-expire-never = EXPIRE NEVER: почта хранится на сервере
cap-expire = EXPIRE { $days }: почта может быть удалена через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
cap-uidl = UIDL: постоянные уникальные идентификаторы
cap-implementation = IMPLEMENTATION: { $text }
cap-stls = STLS: на этом соединении можно запустить TLS
cap-auth-resp-code = AUTH-RESP-CODE: [AUTH] обозначает неверные учётные данные
cap-utf8 = UTF8: доступен режим UTF-8
cap-lang = LANG: ответы на других языках

## Коды ответа

code-in-use = [IN-USE]: другой сеанс удерживает блокировку почтового ящика; закройте его и повторите попытку
code-login-delay = [LOGIN-DELAY]: вы входили слишком недавно; подождите (см. возможность LOGIN-DELAY)
code-sys-temp = [SYS/TEMP]: временная проблема на сервере; повторная попытка позже может помочь
code-sys-perm = [SYS/PERM]: постоянная проблема на сервере; повторные попытки не помогут
code-auth = [AUTH]: неверные учётные данные (проблема не на сервере)
code-utf8 = [UTF8]: этому почтовому ящику нужен режим UTF-8
code-other = [{ $code }]: расширенный код ответа, неизвестный этому инструменту

## Что декодер допустил или отверг

note-bare-lf = { $lines ->
    [one] { $lines } строка заканчивалась
    [few] { $lines } строки заканчивались
    [many] { $lines } строк заканчивались
   *[other] { $lines } строки заканчивались
} одиночным LF; строки POP3 заканчиваются на CRLF
note-long-lines = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
} длиннее { $limit ->
    [one] { $limit } октета
    [few] { $limit } октетов
    [many] { $limit } октетов
   *[other] { $limit } октета
} (самая длинная — { $longest ->
    [one] { $longest } октет
    [few] { $longest } октета
    [many] { $longest } октетов
   *[other] { $longest } октета
})
note-unstuffed-dot = { $count ->
    [one] { $count } строка начиналась
    [few] { $count } строки начинались
    [many] { $count } строк начинались
   *[other] { $count } строки начинались
} с одиночной "." (первая — строка { $first }): сервер не удвоил точки, поэтому строка "." внутри сообщения преждевременно завершила бы его
note-lowercase-status = Индикатор статуса записан не заглавными буквами (+OK / -ERR)
note-dropped-lines = { $count ->
    [one] Отброшена { $count } слишком длинная строка
    [few] Отброшены { $count } слишком длинные строки
    [many] Отброшено { $count } слишком длинных строк
   *[other] Отброшено { $count } слишком длинной строки
}
malformed-status = Это не ответ POP3 (он должен начинаться с +OK или -ERR): "{ $line }"
note-status-indicator = Каждый ответ начинается с индикатора статуса: +OK или -ERR
malformed-line-too-long = Отвергнута строка длиннее { $limit ->
    [one] { $limit } октета
    [few] { $limit } октетов
    [many] { $limit } октетов
   *[other] { $limit } октета
}
note-line-dropped = Строка превысила допустимую для этого клиента длину в { $limit ->
    [one] { $limit } октет
    [few] { $limit } октета
    [many] { $limit } октетов
   *[other] { $limit } октета
}; она отброшена
note-body-line-dropped = Строка многострочного тела превысила допустимую для этого клиента длину в { $limit ->
    [one] { $limit } октет
    [few] { $limit } октета
    [many] { $limit } октетов
   *[other] { $limit } октета
}; она отброшена

## Что заметил клиент

stls-leftover = После +OK на STLS, до запуска TLS, открытым текстом { $bytes ->
    [one] пришёл { $bytes } байт
    [few] пришли { $bytes } байта
    [many] пришло { $bytes } байт
   *[other] пришло { $bytes } байта
}; эти данные отброшены
note-stls-injection = После +OK на STLS до рукопожатия TLS не должно приходить ничего; такие байты могут быть атакой внедрения
sasl-challenge-replayed = Вызов SASL от сервера
plus-unexpected = Неожиданная строка "+"
note-plus-outside-auth = Продолжения "+ " допустимы только в обмене AUTH
note-plus-no-space = Продолжение — это "+", пробел и данные base64, даже когда вызов пуст; после этого "+" нет пробела
sasl-challenge = Вызов { $mechanism } от сервера
note-challenge-base64 = Вызов не является корректным base64
note-challenge-decoded = Декодировано: { $text }
sasl-cancelled = Аутентификация отменена: { $error }
note-sasl-error = { $error }
sasl-unverified = Сервер принял вход, но: { $error }
note-retr-size-mismatch = LIST указал { $listed ->
    [one] { $listed } октет
    [few] { $listed } октета
    [many] { $listed } октетов
   *[other] { $listed } октета
}, а получено: { $arrived ->
    [one] { $arrived } октет
    [few] { $arrived } октета
    [many] { $arrived } октетов
   *[other] { $arrived } октета
} (размеры в LIST должны учитывать окончания строк CRLF)
note-retr-over-total = Размер сообщения — { $arrived ->
    [one] { $arrived } октет
    [few] { $arrived } октета
    [many] { $arrived } октетов
   *[other] { $arrived } октета
}, больше, чем весь почтовый ящик по данным STAT: { $total ->
    [one] { $total } октет
    [few] { $total } октета
    [many] { $total } октетов
   *[other] { $total } октета
}
note-body-left-out = В журнале сообщение опущено (вместо него стоит заглушка, как в примере из RFC 1939), поэтому его размер проверить нельзя
note-list-total-mismatch = Сумма размеров в списке — { $listed ->
    [one] { $listed } октет
    [few] { $listed } октета
    [many] { $listed } октетов
   *[other] { $listed } октета
}, а по данным STAT в почтовом ящике { $total ->
    [one] { $total } октет
    [few] { $total } октета
    [many] { $total } октетов
   *[other] { $total } октета
}; LIST и STAT учитывают в точности одни и те же сообщения
note-listing-beyond = Сообщения { $msg } не существует: в почтовом ящике всего { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
note-listing-missing = { $count ->
    [one] Для сообщения { $first } нет строки
   *[other] Для сообщений { $first }–{ $last } нет строк
}; в списке должна быть строка для каждого сообщения, не помеченного как удалённое
note-deleted-served = Сообщение { $msg } помечено как удалённое; сервер должен отказать в его выдаче
note-code-unadvertised = Код ответа, хотя сервер не объявлял RESP-CODES
note-uid-changed = Ранее в этом сеансе у сообщения { $msg } был уникальный идентификатор "{ $old }", теперь — "{ $new }"

## Почему команду сейчас нельзя отправить

refuse-tls-pending = Идёт согласование TLS; до его завершения ничего отправлять нельзя
refuse-sasl-pending = Идёт обмен AUTH; сначала он должен завершиться
refuse-no-greeting = Сервер ещё не прислал приветствие; дождитесь его +OK
refuse-closed = Сеанс закрыт
refuse-update = Команда QUIT отправлена: сервер выполняет удаление и закроет соединение
refuse-pass-without-user = Команда PASS должна следовать за командой USER, принятой сервером
refuse-no-apop = В приветствии не было <timestamp>, поэтому этот сервер не поддерживает APOP
refuse-tls-active = TLS на этом соединении уже включён
refuse-unknown = "{ $keyword }" — команда POP3, неизвестная этому клиенту
refuse-bad-arguments = { $keyword } не принимает таких аргументов: команда записывается как { $usage } (номера сообщений начинаются с 1)
refuse-transaction-only = Команда { $keyword } допустима только в состоянии TRANSACTION: сначала войдите
refuse-authorization-only = Команда { $keyword } допустима только в состоянии AUTHORIZATION: вы уже вошли
refuse-deleted = Сообщение { $msg } помечено как удалённое (RSET снимает пометку)
refuse-beyond = { $count ->
    [one] В почтовом ящике всего { $count } сообщение
    [few] В почтовом ящике всего { $count } сообщения
    [many] В почтовом ящике всего { $count } сообщений
   *[other] В почтовом ящике всего { $count } сообщения
}
