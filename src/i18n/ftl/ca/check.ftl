# Català: l'informe de comprovació del servidor (pop3::check::Said) i el seu tauler.
# Les paraules del protocol (CAPA, +OK, [IN-USE], …), el que ha enviat el servidor,
# les ordres i les referències a RFC es mantenen tal com són en totes les llengües.
# Les respostes es citen tal com les ha enviat el servidor ({ $reply }: "+OK [CODE] text").

## Què comprova cada prova: els títols de les línies de l'informe

check-probe-greeting = Salutació
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = STLS i CAPA sota TLS
check-probe-login = Inici de sessió amb USER/PASS
check-probe-bad-pass = Contrasenyes incorrectes rebutjades
check-probe-apop = Inici de sessió amb APOP
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = CR LF dins d'una identitat d'AUTH PLAIN
check-probe-resp-codes = Codis de resposta
check-probe-stat-list = STAT i LIST concorden
check-probe-uidl = Identificadors únics UIDL
check-probe-uidl-stable = UIDL estable entre sessions
check-probe-bad-arguments = LIST i UIDL rebutgen arguments incorrectes
check-probe-top = TOP 1 0
check-probe-top-stuffing = Farciment de punts a TOP
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Finals de línia i farciment de punts
check-probe-reply-syntax = Sintaxi de les respostes
check-probe-dele-rset = DELE, RETR rebutjat, RSET restaura
check-probe-unknown-command = Ordre desconeguda
check-probe-line-length = Longitud de la línia d'ordre
check-probe-timing = Temps de resposta
check-probe-quit = QUIT
check-probe-relogin = Nou inici de sessió en una sessió nova
check-probe-not-run = Proves restants

## Sessions: connexions, temps d'espera esgotats, proves que no s'han pogut fer

check-connect-failed = no s'ha pogut connectar: { $reason }
check-closed-waiting = el servidor ha tancat la connexió mentre s'esperava la resposta a { $command }
check-closed-waiting-long = el servidor ha tancat la connexió mentre s'esperava la resposta a una línia { $command } de { $octets } octets
check-closed-before-greeting = el servidor ha tancat la connexió abans de la salutació
check-partial-body = { $octets ->
    [one] havia arribat { $octets } octet del cos
   *[other] havien arribat { $octets } octets del cos
}
check-link-reason = la connexió ha indicat: { $reason }
check-no-reply = cap resposta a { $command } en { $seconds } s
check-no-reply-long = cap resposta a una línia { $command } de { $octets } octets en { $seconds } s
check-no-greeting = cap salutació en { $seconds } s
check-not-sent = no s'ha pogut enviar { $command }
check-not-run-no-connection = no s'ha fet: no s'ha pogut obrir la connexió
check-not-run-no-session = no s'ha fet: no s'ha pogut obrir una sessió
check-not-run-too-many-sessions = no s'ha fet: massa sessions (el servidor tallava la connexió una vegada i una altra)
check-not-run-greeting-refused = no s'ha fet: el servidor ha rebutjat la connexió
check-not-run-login-refused = no s'ha fet: inici de sessió rebutjat ({ $reply })
check-not-run-stls-refused = no s'ha fet: STLS s'ha rebutjat
check-not-advertised = no s'anuncia a CAPA
check-command-got = { $command } ha rebut { $reply }
check-advertised-but = { $command } s'anuncia, però { $reply }
check-and-more = i { $count } més

## Salutació

check-greeting-err = el servidor ha saludat amb -ERR: { $text }
check-greeting-no-text = +OK sense text
check-greeting-timestamp = +OK amb text i una marca de temps APOP ben formada { $timestamp }
check-greeting-bad-timestamp = +OK amb text; té un <...> que no és una marca de temps APOP vàlida (<local@domini>)
check-greeting-no-timestamp = +OK amb text (sense marca de temps APOP)
check-apop-not-offered = no hi ha cap marca de temps a la salutació: APOP no s'ofereix

## CAPA

check-capa-not-supported = CAPA no s'admet ({ $reply }); només es comprova el bàsic
check-capa-listed = { $count ->
    [one] { $count } capacitat
   *[other] { $count } capacitats
}: { $names }
check-capa-malformed = línies de capacitat mal formades: { $lines }

## STLS

check-stls-upgraded = la connexió s'ha passat a TLS amb STLS
check-stls-refused = STLS rebutjat: { $reply }
check-stls-implicit = TLS des del primer byte: STLS no s'hi aplica
check-stls-offered = s'ofereix en aquesta connexió sense xifrar (la comprovació no l'usa)
check-stls-not-offered = no s'ofereix en una connexió sense xifrar: les contrasenyes viatgen per la xarxa en clar

## STLS sota TLS

check-stls-after-tls-plain = la comprovació no s'ha fet sota TLS; trieu STLS o TLS implícit per comprovar-ho
check-stls-again-refused = STLS de nou, sota TLS, ha rebut { $reply }
check-stls-again-accepted = STLS de nou, sota TLS, ha rebut { $reply }: això demana una segona negociació dins de la primera; s'ha tallat la connexió
check-capa-tls-no-stls = CAPA sota TLS ja no inclou STLS
check-capa-tls-still-stls = CAPA sota TLS encara inclou STLS, i així convida el client a tornar-lo a enviar

## Inici de sessió, APOP, SASL

check-login-accepted = acceptat: { $reply }
check-login-accepted-but = acceptat ({ $reply }), però el client hi ha trobat problemes
check-login-refused = inici de sessió rebutjat: { $reply }
check-login-refused-in-use = inici de sessió rebutjat: { $reply } — [IN-USE]: una altra sessió té la bústia bloquejada
check-login-refused-login-delay = inici de sessió rebutjat: { $reply } — [LOGIN-DELAY]: fa massa poc que s'ha iniciat la sessió
check-login-refused-auth = inici de sessió rebutjat: { $reply } — [AUTH]: nom d'usuari o contrasenya incorrectes
check-login-refused-sys-temp = inici de sessió rebutjat: { $reply } — [SYS/TEMP]: un problema temporal del servidor
check-login-refused-sys-perm = inici de sessió rebutjat: { $reply } — [SYS/PERM]: un problema permanent del servidor
check-no-sasl = no s'anuncia cap mecanisme SASL
check-needs-token = necessita un testimoni OAuth, no una contrasenya
check-mechanism-unknown = un mecanisme que aquest client no executa

## Contrasenyes incorrectes

check-bad-pass-refused = { $count ->
    [one] { $count } contrasenya incorrecta ha rebut -ERR
   *[other] cadascuna de les { $count } contrasenyes incorrectes ha rebut -ERR
}
check-bad-pass-codes = codis de resposta: { $codes }
check-bad-pass-accepted = la contrasenya incorrecta número { $attempt } ha rebut { $reply }: el servidor ha deixat entrar amb una contrasenya incorrecta
check-bad-pass-closed = després el servidor ha tancat la connexió al cap de { $after ->
    [one] { $after } contrasenya incorrecta
   *[other] { $after } contrasenyes incorrectes
}, una manera neta de no admetre'n més
check-bad-pass-then-accepted = després, en la mateixa sessió, s'ha acceptat la contrasenya correcta
check-bad-pass-then-refused = després, en la mateixa sessió, la contrasenya correcta ha rebut { $reply }: la sessió no ha quedat utilitzable

## Injecció a AUTH PLAIN

check-injection-one-reply = una sola resposta, { $reply }, i cap inici de sessió
check-injection-logged-in = la identitat falsificada ha iniciat sessió: { $reply }
check-injection-extra-lines = { $count ->
    [one] { $count } línia de resposta més venia
   *[other] { $count } línies de resposta més venien
} de la mateixa identitat: { $lines }

## Codis de resposta

check-codes-malformed = codis mal formats: { $codes }
check-codes-unadvertised = codis enviats tot i que RESP-CODES no s'anuncia: { $codes }
check-codes-none = s'anuncia; cap resposta d'aquesta comprovació no portava codi
check-codes-seen = codis ben formats vistos: { $codes }
check-codes-not-advertised = no s'anuncia i no s'ha vist cap codi

## STAT i LIST

check-list-bad-lines = línies de LIST que no són "n mida": { $lines }
check-stat-odd = la resposta a STAT no és "+OK nombre mida": { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}, { $octets } octets; les mides de LIST sumen el mateix
check-stat-list-disagree = STAT diu { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}, { $octets } octets; LIST en llista { $listed } que sumen { $total }
check-maildrop-empty = la bústia és buida
check-no-message-list = no hi ha llista de missatges (STAT i LIST no han respost)

## UIDL, estabilitat d'UIDL

check-uid-chars = missatge { $msg }: l'identificador té caràcters fora de l'interval 0x21-0x7E
check-uid-length = missatge { $msg }: l'identificador té { $length ->
    [one] { $length } caràcter
   *[other] { $length } caràcters
} (se'n permeten d'1 a 70)
check-uid-twice = missatge { $msg }: l'identificador "{ $uid }" no és únic
check-uidl-bad-line = una línia que no és "n id": "{ $line }"
check-uid-count = { $ids ->
    [one] { $ids } identificador
   *[other] { $ids } identificadors
} per a { $listed ->
    [one] { $listed } missatge llistat
   *[other] { $listed } missatges llistats
}
check-uidl-good = { $count ->
    [one] { $count } identificador únic
   *[other] { $count } identificadors únics
}, d'1 a 70 caràcters de l'interval 0x21-0x7E
check-uidl-no-first = no hi ha identificadors de la primera sessió per comparar
check-uidl-same = { $count ->
    [one] el mateix identificador
   *[other] els mateixos { $count } identificadors
} en una segona sessió
check-uidl-changed = els identificadors han canviat entre sessions
check-uid-changed = missatge { $msg }: "{ $first }" i després "{ $then }"
check-uid-gone = missatge { $msg }: "{ $first }" i després cap

## Arguments incorrectes

check-bad-args-refused = totes han rebut -ERR: { $commands }
check-bad-args-no-such-message = { $command } ha rebut { $reply }: aquest missatge no existeix, així que la resposta ha de ser -ERR
check-bad-args-extra-ignored = { $command } ha rebut { $reply }: s'ha ignorat l'argument de més
check-bad-args-noop-failed = el NOOP posterior ha rebut { $reply }: la sessió no ha sobreviscut

## TOP

check-top-no-headers = { $lines ->
    [one] { $lines } línia
   *[other] { $lines } línies
}, però cap camp de capçalera
check-top-headers-only = { $headers ->
    [one] { $headers } línia de capçalera
   *[other] { $headers } línies de capçalera
} i la línia en blanc, cap línia del cos
check-top-no-blank = { $headers ->
    [one] { $headers } línia de capçalera
   *[other] { $headers } línies de capçalera
}, però no la línia en blanc que les acaba
check-top-body = { $lines ->
    [one] { $lines } línia del cos
   *[other] { $lines } línies del cos
} després de les capçaleres, tot i que se n'han demanat 0

## Farciment de punts a TOP

check-top-stuffing-no-dot = no es pot saber: cap missatge obtingut amb RETR no té cap línia que comenci amb "."
check-top-stuffed = TOP { $msg } { $lines }: la línia { $line }, que comença amb ".", ha arribat amb farciment de punts, com a RETR
check-top-not-stuffed = TOP { $msg } { $lines }: la línia { $line }, que comença amb ".", no tenia farciment de punts

## PIPELINING

check-pipelining-not-asked = en aquesta sessió no s'ha demanat CAPA (s'ha tornat a obrir)
check-pipelining-in-order = STAT, LIST i NOOP enviats en una sola escriptura; les respostes han tornat en ordre
check-pipelining-wrong = respostes desordenades o incorrectes

## RETR

check-every-message-too-large = tots els missatges fan més de { $limit } octets
check-nothing-retrieved = no s'ha descarregat res
check-retr-as-listed = { $msg }: { $octets } octets, tal com es llistava
check-retr-size-differs = { $msg }: LIST indicava { $listed } octets, però n'han arribat { $arrived }
check-retr-octets = { $msg }: { $octets } octets
check-retr-failed = { $msg }: { $reply }

## Format de les línies

check-line-format-good = totes les respostes acabaven en CRLF, els cossos tenien farciment de punts, les línies dins dels límits
check-in-reply-to = la resposta a { $command }
check-in-greeting = la salutació
check-after-short-body = després del cos curt de { $command }
check-bare-lf = { $lines ->
    [one] { $lines } línia acabava
   *[other] { $lines } línies acabaven
} només en LF; les línies POP3 acaben en CRLF
check-long-lines = { $count ->
    [one] { $count } línia
   *[other] { $count } línies
} de més de { $limit } octets (la més llarga: { $longest })
check-unstuffed-dot = { $count ->
    [one] { $count } línia començava
   *[other] { $count } línies començaven
} amb un sol "." (la primera: línia { $first }): el servidor no ha fet el farciment de punts
check-lowercase-status = l'indicador d'estat no és en majúscules (+OK / -ERR)
check-plus-no-space = un repte SASL era un "+" sol; una continuació és "+" i un espai, fins i tot quan el repte és buit
check-dropped-lines = { $count ->
    [one] s'ha descartat { $count } línia massa llarga
   *[other] s'han descartat { $count } línies massa llargues
}
check-size-mismatch = LIST indicava { $listed } octets, però n'han arribat { $arrived }
check-unstuffed-suspect = "{ $line }" no és una resposta: probablement el cos contenia una línia "." sense farciment de punts

## Sintaxi de les respostes

check-reply-syntax-good = totes les respostes començaven amb +OK o -ERR
check-malformed-lines = { $count ->
    [one] { $count } línia mal formada
   *[other] { $count } línies mal formades
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}una resposta no demanada "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}no és una resposta POP3 (ha de començar amb +OK o -ERR): "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}s'ha rebutjat una línia de més de { $limit } octets

## DELE i RSET

check-dele-refused = DELE { $msg } s'ha rebutjat: { $reply }
check-retr-after-dele-ok = RETR { $msg } després de DELE { $msg } ha rebut +OK: un missatge esborrat s'ha de rebutjar
check-retr-after-dele-refused = RETR { $msg } després de DELE, rebutjat ({ $reply })
check-rset-failed = RSET ha rebut { $reply }; s'ha tallat la connexió sense QUIT perquè no s'elimini res
check-retr-after-rset-ok = RETR { $msg } després de RSET torna a funcionar
check-retr-after-rset-failed = RETR { $msg } després de RSET ha rebut { $reply }

## Ordre desconeguda

check-unknown-accepted = { $keyword } ha rebut { $reply } en lloc de -ERR
check-unknown-refused = { $keyword } ha rebut "{ $reply }"; el NOOP posterior ha rebut +OK
check-unknown-broke = { $keyword } ha rebut "{ $reply }", però el NOOP posterior ha rebut { $noop }

## Longitud de línia

check-line-got = una línia de { $octets } octets ha rebut "{ $reply }"
check-noop-after-ok = el NOOP posterior ha rebut +OK
check-noop-after-failed = el NOOP posterior ha rebut { $reply } (potser la línia llarga s'ha llegit com diverses ordres)

## Temps

check-timing-none = no s'ha cronometrat cap resposta
check-timing-median-max = mediana/màxim
check-timing-slow = lentes, amb una mediana de { $limit } ms o més (mediana/màxim)
check-timing-others = les altres (mediana/màxim)
check-time-of = { $command } { $median }/{ $max } ms
check-time-of-greeting = salutació { $median }/{ $max } ms
check-time-of-other = altres { $median }/{ $max } ms

## El tauler

ui-check-title = Comprovació del servidor
ui-check-intro = Un butlletí de notes per a { $host }:{ $port } ({ $security }): salutació, CAPA, cada capacitat anunciada, farciment de punts, STAT/LIST, DELE/RSET (sempre desfet), límits i temps de resposta. Obre les seves pròpies connexions a través del servidor intermediari i no esborra mai cap missatge. També prova tres contrasenyes incorrectes i un inici de sessió AUTH PLAIN amb un nom d'usuari falsificat, que el servidor pot registrar com a inicis de sessió fallits.
ui-check-no-worker = La comprovació no s'ha pogut iniciar en aquesta pàgina: { $reason }.
ui-check-user = Usuari
ui-check-password = Contrasenya
ui-check-run = Executa la comprovació
ui-check-running = S'està comprovant…
ui-check-export = Exporta
ui-check-hide-export = Amaga el text de l'informe
ui-check-col-result = Resultat
ui-check-col-probe = Prova
ui-check-col-seen = Què s'ha vist
ui-check-col-rfc = RFC
# El que anomena l'informe: el servidor i l'usuari.
ui-check-server = { $host }:{ $port } com a { $user }
ui-check-status-starting = En curs: s'està iniciant
ui-check-status-probe = En curs: { $probe }
ui-check-status-waiting = En curs: { $probe } (s'espera la resposta a { $command })
ui-check-status-waiting-long = En curs: { $probe } (s'espera la resposta a una línia { $command } de { $octets } octets)
ui-check-status-finished = Acabat: correctes: { $pass }, avisos: { $warn }, errors: { $fail }, omeses: { $skipped }
# L'exportació en text: un encapçalament i després una línia per resultat (el
# veredicte és un codi: PASS, WARN, FAIL o SKIP), seguida de la seva clàusula
# de l'RFC si en té.
ui-check-report-heading = Comprovació del servidor POP3: { $server } (correctes: { $pass }, avisos: { $warn }, errors: { $fail }, omeses: { $skipped })
ui-check-report-line = { $verdict }  { $title }: { $detail }
# Entre les frases del detall d'un resultat, i després d'una que introdueix les
# que la segueixen.
ui-check-separator = {"; "}
ui-check-lead-separator = {": "}
