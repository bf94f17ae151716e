# Русский: отчёт проверки сервера (pop3::check::Said) и его панель.
# Слова протокола (CAPA, +OK, [IN-USE], …), то, что прислал сервер, команды и
# ссылки на RFC во всех языках остаются как есть. Ответы цитируются так, как их
# прислал сервер ({ $reply }: "+OK [CODE] text").

## Что проверяет каждая проверка: заголовки строк отчёта

check-probe-greeting = Приветствие
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = STLS и CAPA под TLS
check-probe-login = Вход через USER/PASS
check-probe-bad-pass = Отказ на неверные пароли
check-probe-apop = Вход через APOP
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = CR LF в имени пользователя для AUTH PLAIN
check-probe-resp-codes = Коды ответа
check-probe-stat-list = Согласованность STAT и LIST
check-probe-uidl = Уникальные идентификаторы UIDL
check-probe-uidl-stable = Постоянство UIDL между сеансами
check-probe-bad-arguments = LIST и UIDL отклоняют неверные аргументы
check-probe-top = TOP 1 0
check-probe-top-stuffing = Удвоение точек в TOP
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Окончания строк и удвоение точек
check-probe-reply-syntax = Синтаксис ответов
check-probe-dele-rset = DELE, отказ RETR, восстановление через RSET
check-probe-unknown-command = Неизвестная команда
check-probe-line-length = Длина строки команды
check-probe-timing = Время ответа
check-probe-quit = QUIT
check-probe-relogin = Повторный вход в новом сеансе
check-probe-not-run = Остальные проверки

## Сеансы: соединения, тайм-ауты, проверки, которые не удалось выполнить

check-connect-failed = не удалось подключиться: { $reason }
check-closed-waiting = сервер закрыл соединение, пока ожидался ответ на { $command }
check-closed-waiting-long = сервер закрыл соединение, пока ожидался ответ на строку { $command } длиной { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
check-closed-before-greeting = сервер закрыл соединение до приветствия
check-partial-body = получена часть тела: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
check-link-reason = соединение сообщило: { $reason }
check-no-reply = нет ответа на { $command } за { $seconds } с
check-no-reply-long = нет ответа на строку { $command } длиной { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} за { $seconds } с
check-no-greeting = нет приветствия за { $seconds } с
check-not-sent = не удалось отправить { $command }
check-not-run-no-connection = не выполнено: не удалось открыть соединение
check-not-run-no-session = не выполнено: не удалось открыть сеанс
check-not-run-too-many-sessions = не выполнено: слишком много сеансов (сервер раз за разом разрывал соединение)
check-not-run-greeting-refused = не выполнено: сервер отклонил соединение
check-not-run-login-refused = не выполнено: вход отклонён ({ $reply })
check-not-run-stls-refused = не выполнено: STLS отклонена
check-not-advertised = не объявлена в CAPA
check-command-got = на { $command } получен ответ { $reply }
check-advertised-but = { $command } объявлена, но получен ответ { $reply }
check-and-more = и ещё { $count }

## greeting

check-greeting-err = сервер поприветствовал ответом -ERR: { $text }
check-greeting-no-text = +OK без текста
check-greeting-timestamp = +OK с текстом и корректной меткой времени APOP { $timestamp }
check-greeting-bad-timestamp = +OK с текстом; в нём есть <...>, но это не корректная метка времени APOP (<local@domain>)
check-greeting-no-timestamp = +OK с текстом (без метки времени APOP)
check-apop-not-offered = в приветствии нет метки времени: APOP не предлагается

## capa

check-capa-not-supported = CAPA не поддерживается ({ $reply }); проверяются только основные команды
check-capa-listed = { $count ->
    [one] { $count } возможность
    [few] { $count } возможности
    [many] { $count } возможностей
   *[other] { $count } возможности
}: { $names }
check-capa-malformed = некорректные строки возможностей: { $lines }

## stls

check-stls-upgraded = соединение переведено на TLS через STLS
check-stls-refused = STLS отклонена: { $reply }
check-stls-implicit = TLS с первого байта: STLS здесь неприменима
check-stls-offered = предлагается на этом незашифрованном соединении (проверка её не использует)
check-stls-not-offered = не предлагается на незашифрованном соединении: пароли передаются по сети открытым текстом

## stls-after-tls

check-stls-after-tls-plain = проверка шла не под TLS; чтобы проверить это, выберите STLS или TLS с первого байта
check-stls-again-refused = повторная STLS под TLS получила { $reply }
check-stls-again-accepted = повторная STLS под TLS получила { $reply }: это требование второго согласования TLS внутри первого; соединение разорвано
check-capa-tls-no-stls = CAPA под TLS больше не упоминает STLS
check-capa-tls-still-stls = CAPA под TLS всё ещё упоминает STLS и тем самым предлагает клиенту отправить её снова

## login, apop, sasl

check-login-accepted = принят: { $reply }
check-login-accepted-but = принят ({ $reply }), но клиент обнаружил проблемы
check-login-refused = вход отклонён: { $reply }
check-login-refused-in-use = вход отклонён: { $reply } — [IN-USE]: почтовый ящик заблокирован другим сеансом
check-login-refused-login-delay = вход отклонён: { $reply } — [LOGIN-DELAY]: предыдущий вход был слишком недавно
check-login-refused-auth = вход отклонён: { $reply } — [AUTH]: неверное имя пользователя или пароль
check-login-refused-sys-temp = вход отклонён: { $reply } — [SYS/TEMP]: временная проблема на сервере
check-login-refused-sys-perm = вход отклонён: { $reply } — [SYS/PERM]: постоянная проблема на сервере
check-no-sasl = механизмы SASL не объявлены
check-needs-token = нужен токен OAuth, а не пароль
check-mechanism-unknown = механизм, который этот клиент не поддерживает

## bad-pass

check-bad-pass-refused = { $count ->
    [one] на { $count } неверный пароль получен -ERR
    [few] на каждый из { $count } неверных паролей получен -ERR
    [many] на каждый из { $count } неверных паролей получен -ERR
   *[other] на каждый из { $count } неверного пароля получен -ERR
}
check-bad-pass-codes = коды ответа: { $codes }
check-bad-pass-accepted = неверный пароль № { $attempt } получил { $reply }: сервер впустил с неверным паролем
check-bad-pass-closed = затем сервер закрыл соединение после { $after ->
    [one] { $after } неверного пароля
    [few] { $after } неверных паролей
    [many] { $after } неверных паролей
   *[other] { $after } неверного пароля
} — корректный способ прекратить попытки
check-bad-pass-then-accepted = затем верный пароль в том же сеансе был принят
check-bad-pass-then-refused = затем верный пароль в том же сеансе получил { $reply }: сеансом больше нельзя пользоваться

## auth-injection

check-injection-one-reply = один ответ, { $reply }, и вход не выполнен
check-injection-logged-in = вход с поддельным именем пользователя выполнен: { $reply }
check-injection-extra-lines = { $count ->
    [one] ещё { $count } строка ответа пришла
    [few] ещё { $count } строки ответа пришли
    [many] ещё { $count } строк ответа пришло
   *[other] ещё { $count } строки ответа пришло
} из самого имени пользователя: { $lines }

## resp-codes

check-codes-malformed = некорректные коды: { $codes }
check-codes-unadvertised = коды присылаются, хотя RESP-CODES не объявлена: { $codes }
check-codes-none = объявлена; в ходе этой проверки ни один ответ не содержал кода
check-codes-seen = встреченные корректные коды: { $codes }
check-codes-not-advertised = не объявлена, и коды не встречались

## stat-list

check-list-bad-lines = строки LIST не вида "n size": { $lines }
check-stat-odd = ответ на STAT не вида "+OK count size": { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}; размеры из LIST сходятся
check-stat-list-disagree = STAT сообщает: { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}, { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}; LIST перечисляет { $listed ->
    [one] { $listed } сообщение
    [few] { $listed } сообщения
    [many] { $listed } сообщений
   *[other] { $listed } сообщения
} общим размером { $total }
check-maildrop-empty = почтовый ящик пуст
check-no-message-list = нет списка сообщений (STAT и LIST не ответили)

## uidl, uidl-stable

check-uid-chars = сообщение { $msg }: идентификатор содержит символы вне диапазона 0x21-0x7E
check-uid-length = сообщение { $msg }: длина идентификатора — { $length ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
} (допустимо от 1 до 70)
check-uid-twice = сообщение { $msg }: идентификатор "{ $uid }" не уникален
check-uidl-bad-line = строка не вида "n id": "{ $line }"
check-uid-count = { $ids ->
    [one] { $ids } идентификатор
    [few] { $ids } идентификатора
    [many] { $ids } идентификаторов
   *[other] { $ids } идентификатора
} на { $listed ->
    [one] { $listed } сообщение
    [few] { $listed } сообщения
    [many] { $listed } сообщений
   *[other] { $listed } сообщения
} в списке
check-uidl-good = { $count ->
    [one] { $count } идентификатор
    [few] { $count } идентификатора
    [many] { $count } идентификаторов
   *[other] { $count } идентификатора
}, уникальные, от 1 до 70 символов из диапазона 0x21-0x7E
check-uidl-no-first = нет идентификаторов из первого сеанса для сравнения
check-uidl-same = во втором сеансе { $count ->
    [1] тот же идентификатор
    [one] те же { $count } идентификатор
    [few] те же { $count } идентификатора
    [many] те же { $count } идентификаторов
   *[other] те же { $count } идентификатора
}
check-uidl-changed = идентификаторы изменились между сеансами
check-uid-changed = сообщение { $msg }: сначала "{ $first }", затем "{ $then }"
check-uid-gone = сообщение { $msg }: сначала "{ $first }", затем никакого

## bad-arguments

check-bad-args-refused = каждая получила -ERR: { $commands }
check-bad-args-no-such-message = { $command } получила { $reply }: такого сообщения нет, поэтому ответ должен быть -ERR
check-bad-args-extra-ignored = { $command } получила { $reply }: лишний аргумент проигнорирован
check-bad-args-noop-failed = следующая NOOP получила { $reply }: сеанс этого не пережил

## top

check-top-no-headers = { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строки
}, но нет полей заголовка
check-top-headers-only = { $headers ->
    [one] { $headers } строка заголовка
    [few] { $headers } строки заголовка
    [many] { $headers } строк заголовка
   *[other] { $headers } строки заголовка
} и пустая строка, строк тела нет
check-top-no-blank = { $headers ->
    [one] { $headers } строка заголовка
    [few] { $headers } строки заголовка
    [many] { $headers } строк заголовка
   *[other] { $headers } строки заголовка
}, но нет пустой строки, которая завершает заголовок
check-top-body = { $lines ->
    [one] { $lines } строка тела
    [few] { $lines } строки тела
    [many] { $lines } строк тела
   *[other] { $lines } строки тела
} после заголовка, хотя запрошено 0

## top-stuffing

check-top-stuffing-no-dot = определить нельзя: ни в одном сообщении, полученном через RETR, нет строки, которая начинается с "."
check-top-stuffed = TOP { $msg } { $lines }: строка { $line }, которая начинается с ".", пришла с удвоенной точкой, как в RETR
check-top-not-stuffed = TOP { $msg } { $lines }: в строке { $line }, которая начинается с ".", точка не удвоена

## pipelining

check-pipelining-not-asked = в этом сеансе CAPA не запрашивалась (сеанс был открыт заново)
check-pipelining-in-order = STAT, LIST и NOOP отправлены одной записью; ответы пришли по порядку
check-pipelining-wrong = ответы пришли не по порядку или неверны

## retr

check-every-message-too-large = все сообщения больше { $limit ->
    [one] { $limit } октета
    [few] { $limit } октетов
    [many] { $limit } октетов
   *[other] { $limit } октета
}
check-nothing-retrieved = ничего не загружено
check-retr-as-listed = { $msg }: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}, как указано в LIST
check-retr-size-differs = { $msg }: LIST указал { $listed ->
    [one] { $listed } октет
    [few] { $listed } октета
    [many] { $listed } октетов
   *[other] { $listed } октета
}, а получено { $arrived }
check-retr-octets = { $msg }: { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
}
check-retr-failed = { $msg }: { $reply }

## line-format

check-line-format-good = все ответы заканчивались на CRLF, в телах точки удвоены, длина строк в пределах ограничений
check-in-reply-to = ответ на { $command }
check-in-greeting = приветствие
check-after-short-body = после короткого тела ответа на { $command }
check-bare-lf = { $lines ->
    [one] { $lines } строка заканчивалась
    [few] { $lines } строки заканчивались
    [many] { $lines } строк заканчивались
   *[other] { $lines } строки заканчивались
} одиночным LF; строки POP3 заканчиваются на CRLF
check-long-lines = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
} длиннее { $limit ->
    [one] { $limit } октета
    [few] { $limit } октетов
    [many] { $limit } октетов
   *[other] { $limit } октета
} (самая длинная — { $longest })
check-unstuffed-dot = { $count ->
    [one] { $count } строка начиналась
    [few] { $count } строки начинались
    [many] { $count } строк начинались
   *[other] { $count } строки начинались
} с одиночной "." (первая — строка { $first }): сервер не удвоил точки
check-lowercase-status = индикатор статуса записан не заглавными буквами (+OK / -ERR)
check-plus-no-space = вызов SASL был одиночным "+"; продолжение — это "+" и пробел, даже когда вызов пуст
check-dropped-lines = { $count ->
    [one] отброшена { $count } слишком длинная строка
    [few] отброшены { $count } слишком длинные строки
    [many] отброшено { $count } слишком длинных строк
   *[other] отброшено { $count } слишком длинной строки
}
check-size-mismatch = LIST указал { $listed ->
    [one] { $listed } октет
    [few] { $listed } октета
    [many] { $listed } октетов
   *[other] { $listed } октета
}, а получено { $arrived }
check-unstuffed-suspect = "{ $line }" — не ответ: вероятно, в теле была строка ".", точка в которой не была удвоена

## reply-syntax

check-reply-syntax-good = все ответы начинались с +OK или -ERR
check-malformed-lines = { $count ->
    [one] { $count } некорректная строка
    [few] { $count } некорректные строки
    [many] { $count } некорректных строк
   *[other] { $count } некорректной строки
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}незапрошенный ответ "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}не ответ POP3 (он должен начинаться с +OK или -ERR): "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}отвергнута строка длиннее { $limit ->
    [one] { $limit } октета
    [few] { $limit } октетов
    [many] { $limit } октетов
   *[other] { $limit } октета
}

## dele-rset

check-dele-refused = DELE { $msg } отклонена: { $reply }
check-retr-after-dele-ok = RETR { $msg } после DELE { $msg } получила +OK: в выдаче удалённого сообщения нужно отказывать
check-retr-after-dele-refused = RETR { $msg } после DELE отклонена ({ $reply })
check-rset-failed = RSET получила { $reply }; соединение разорвано без QUIT, поэтому ничего не удалено
check-retr-after-rset-ok = RETR { $msg } после RSET снова работает
check-retr-after-rset-failed = RETR { $msg } после RSET получила { $reply }

## unknown-command

check-unknown-accepted = { $keyword } получила { $reply } вместо -ERR
check-unknown-refused = { $keyword } получила "{ $reply }"; следующая за ней NOOP получила +OK
check-unknown-broke = { $keyword } получила "{ $reply }", но следующая за ней NOOP получила { $noop }

## line-length

check-line-got = строка длиной { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
} получила "{ $reply }"
check-noop-after-ok = следующая NOOP получила +OK
check-noop-after-failed = следующая NOOP получила { $reply } (длинная строка, возможно, была прочитана как несколько команд)

## timing

check-timing-none = время ответов не измерено
check-timing-median-max = медиана/максимум
check-timing-slow = медленно: медиана { $limit } мс или больше (медиана/максимум)
check-timing-others = остальные (медиана/максимум)
check-time-of = { $command } { $median }/{ $max } мс
check-time-of-greeting = приветствие { $median }/{ $max } мс
check-time-of-other = прочее { $median }/{ $max } мс

## Панель

ui-check-title = Проверка сервера
ui-check-intro = Оценка сервера { $host }:{ $port } ({ $security }): приветствие, CAPA, каждая объявленная возможность, удвоение точек, STAT/LIST, DELE/RSET (всегда отменяются), ограничения и время ответа. Проверка открывает собственные соединения через прокси и никогда не удаляет почту. Она также пробует три неверных пароля и вход через AUTH PLAIN с поддельным именем пользователя; сервер может записать их в журнал как неудачные входы.
ui-check-no-worker = Не удалось запустить проверку на этой странице: { $reason }.
ui-check-user = Пользователь
ui-check-password = Пароль
ui-check-run = Запустить проверку
ui-check-running = Проверка…
ui-check-export = Экспорт
ui-check-hide-export = Скрыть текст отчёта
ui-check-col-result = Результат
ui-check-col-probe = Проверка
ui-check-col-seen = Что обнаружено
ui-check-col-rfc = RFC
# Что называет отчёт: сервер и пользователя.
ui-check-server = { $host }:{ $port } как { $user }
ui-check-status-starting = Выполняется: запуск
ui-check-status-probe = Выполняется: { $probe }
ui-check-status-waiting = Выполняется: { $probe } (ожидается ответ на { $command })
ui-check-status-waiting-long = Выполняется: { $probe } (ожидается ответ на строку { $command } длиной { $octets ->
    [one] { $octets } октет
    [few] { $octets } октета
    [many] { $octets } октетов
   *[other] { $octets } октета
})
ui-check-status-finished = Завершено: успешно — { $pass }, предупреждений — { $warn }, ошибок — { $fail }, пропущено — { $skipped }
# Текстовый экспорт: заголовок, затем по строке на каждый результат (вердикт —
# это код: PASS, WARN, FAIL или SKIP), после которой идёт пункт RFC, если он есть.
ui-check-report-heading = Проверка сервера POP3: { $server } (успешно — { $pass }, предупреждений — { $warn }, ошибок — { $fail }, пропущено — { $skipped })
ui-check-report-line = { $verdict }  { $title }: { $detail }
# Между предложениями в подробностях результата и после предложения, которое
# вводит следующие за ним.
ui-check-separator = {"; "}
ui-check-lead-separator = {": "}
