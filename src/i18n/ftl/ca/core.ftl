# Català: el que diu el nucli del protocol sobre cada línia (pop3::annotate::Say).
# Les paraules del protocol (USER, PASS, +OK, …), el que ha enviat el servidor i
# les referències a RFC es mantenen tal com són en totes les llengües.

## Què demana una ordre

cmd-user = Indica la bústia "{ $name }"; a continuació cal enviar PASS
cmd-pass = Envia la contrasenya en clar (aquí emmascarada)
cmd-apop = Inicia la sessió com a "{ $name }" amb MD5(marca de temps + secret): el secret mateix no viatja mai per la xarxa
cmd-quit = Acaba la sessió; a l'estat TRANSACTION, el servidor primer aplica les eliminacions (estat UPDATE)
cmd-stat = Demana el nombre de missatges i la seva mida total
cmd-list-all = Demana la mida de cada missatge (un llistat de mides multilínia)
cmd-list-one = Demana la mida del missatge { $msg }
cmd-retr = Descarrega el missatge { $msg } (una resposta multilínia amb farciment de punts)
cmd-dele = Marca el missatge { $msg } com a esborrat; només s'elimina després de QUIT
cmd-noop = No fa res; manté viva la connexió
cmd-rset = Desmarca tots els missatges marcats com a esborrats en aquesta sessió
cmd-top = Demana les capçaleres del missatge { $msg } i { $lines ->
        [one] la primera línia del cos
       *[other] les { $lines } primeres línies del cos
    }
cmd-uidl-all = Demana l'identificador únic de cada missatge (multilínia)
cmd-uidl-one = Demana l'identificador únic del missatge { $msg }
cmd-last = Demana el número de missatge més alt consultat (obsolet: eliminat després de l'RFC 1460)
cmd-capa = Pregunta quines extensions admet el servidor
cmd-stls = Demana passar aquesta connexió a TLS
cmd-auth = Comença l'autenticació SASL amb { $mechanism }
cmd-auth-initial = Comença l'autenticació SASL amb { $mechanism } i envia de seguida la primera resposta (emmascarada)
cmd-auth-bare = AUTH sense arguments: molts servidors hi responen amb la llista dels seus mecanismes SASL (no és estàndard; useu CAPA)
cmd-utf8 = Passa la sessió al mode UTF-8
cmd-lang-list = Demana la llista de llengües que parla el servidor
cmd-lang-set = Demana les respostes del servidor en la llengua "{ $tag }"
cmd-unknown = "{ $keyword }" no és cap ordre que aquest client conegui; el servidor hauria de respondre -ERR
cmd-bad-arguments = { $keyword } amb arguments que no admet: una ordre coneguda, mal usada; el servidor hauria de respondre -ERR
sasl-response = Una resposta SASL (base64, emmascarada)
sasl-empty-response = Una resposta buida
sasl-cancel = "*" cancel·la l'intercanvi; el servidor ha de respondre -ERR
sasl-deferred-initial = La resposta inicial, enviada després del repte buit

## Els passos del client en un intercanvi SASL

sasl-nothing = { $mechanism }: encara no s'ha enviat res: l'intercanvi { $mechanism } comença amb AUTH { $mechanism }
sasl-initial-plain = PLAIN: resposta inicial: una identitat d'autorització buida (actuar com l'usuari que inicia la sessió), el nom d'usuari "{ $username }" i la contrasenya, separats per bytes NUL (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN: resposta inicial: la identitat d'autorització "{ $authzid }", el nom d'usuari "{ $username }" i la contrasenya, separats per bytes NUL (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2: resposta inicial: user="{ $username }" i auth=Bearer amb el testimoni OAuth 2.0, separats per bytes ^A (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER: resposta inicial: la capçalera GS2 i després host, port i auth=Bearer amb el testimoni OAuth 2.0, com a parells clau=valor separats per bytes ^A (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256: client-first-message: el nom d'usuari i un nonce nou (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN: resposta inicial: una identitat d'autorització buida (actuar com l'usuari que inicia la sessió), el nom d'usuari "{ $username }" i la contrasenya, separats per bytes NUL (RFC 4616 §2), enviada en resposta al repte buit del servidor (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN: resposta inicial: la identitat d'autorització "{ $authzid }", el nom d'usuari "{ $username }" i la contrasenya, separats per bytes NUL (RFC 4616 §2), enviada en resposta al repte buit del servidor (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2: resposta inicial: user="{ $username }" i auth=Bearer amb el testimoni OAuth 2.0, separats per bytes ^A (Google XOAUTH2), enviada en resposta al repte buit del servidor (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER: resposta inicial: la capçalera GS2 i després host, port i auth=Bearer amb el testimoni OAuth 2.0, com a parells clau=valor separats per bytes ^A (RFC 7628 §3.1), enviada en resposta al repte buit del servidor (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256: client-first-message: el nom d'usuari i un nonce nou (RFC 5802 §5.1), enviada en resposta al repte buit del servidor (RFC 4422 §5)
sasl-login-username = LOGIN: s'ha respost el primer repte amb el nom d'usuari "{ $username }" (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN: s'ha respost el segon repte amb la contrasenya (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5: s'ha respost el repte amb el nom d'usuari "{ $username }" i l'HMAC-MD5 del repte amb la contrasenya com a clau, en hexadecimal; la contrasenya mateixa no s'envia (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2: el servidor ha enviat un error com a repte; una resposta buida en confirma la recepció perquè el servidor pugui respondre -ERR (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER: el servidor ha enviat un error com a repte; un sol byte ^A en confirma la recepció perquè el servidor pugui fer fallar l'intercanvi (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256: client-final-message: el nonce combinat i una prova que el client coneix la contrasenya, obtinguda amb PBKDF2-HMAC-SHA-256 en { $iterations ->
        [one] { $iterations } iteració
       *[other] { $iterations } iteracions
    }; la contrasenya mateixa no s'envia (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256: server-final-message verificat: la signatura del servidor demostra que també coneix la contrasenya; una resposta buida completa l'intercanvi (RFC 5802 §5.1)
sasl-stopped = { $mechanism }: aturat: { $error }; el client hauria de cancel·lar l'intercanvi amb "*" (RFC 5034 §4)

## Observacions sobre les ordres

note-unknown-command = Ordre desconeguda
note-bad-arguments = Arguments incorrectes: l’ordre s’escriu { $usage } (els números de missatge comencen per 1)
note-bad-arguments-accepted = El servidor ha acceptat arguments que l’RFC no permet: hauria d’haver respost -ERR
note-keyword-length = Les paraules clau tenen 3 o 4 caràcters
note-argument-length = Els arguments poden tenir fins a 40 caràcters; alguns servidors rebutgen els més llargs
note-command-line-length = Una línia d'ordre pot tenir com a màxim 255 octets, CRLF inclòs
note-last-removed = LAST es va eliminar de POP3 a l'RFC 1725
note-pass-in-clear = La contrasenya viatja per la xarxa sense xifrar: abans useu STLS o el port 995
note-pass-in-tls = La contrasenya viatja dins de TLS: va xifrada per la xarxa
note-capability-missing = El servidor no ha inclòs { $name } entre les seves capacitats

## La salutació

greeting-refused = El servidor rebutja la connexió: { $text }
note-greeting-err = L'RFC 1939 espera una salutació +OK; aquí, -ERR sol voler dir que el servidor està sobrecarregat o que us ha bloquejat
greeting-ready = El servidor està a punt: la sessió és ara a l'estat AUTHORIZATION
note-timestamp = Marca de temps { $timestamp }: el servidor ofereix APOP, que en calcula el resum amb el vostre secret
note-no-timestamp = No hi ha cap <marca de temps> a la salutació: APOP no està disponible
greeting-continuation = Una continuació SASL en lloc d'una salutació
note-greeting-must-be-ok = El servidor ha de començar amb +OK

## Respostes

reply-unsolicited = Una resposta que ningú no ha demanat
note-unsolicited = El servidor ha enviat una resposta quan cap ordre no n'esperava
reply-failed = { $keyword } ha fallat: { $text }
note-login-refused = Inici de sessió rebutjat; la sessió continua a l'estat AUTHORIZATION i podeu tornar-ho a provar
reply-login-failed = L'inici de sessió ha fallat; el servidor no n'ha donat el motiu
reply-login-failed-text = L'inici de sessió ha fallat: { $text }
reply-unknown-command = El servidor no coneix aquesta ordre
reply-bad-arguments = El servidor ha rebutjat els arguments, com cal
reply-bad-arguments-accepted = El servidor ha acceptat { $keyword } amb arguments que no admet
reply-user = Bústia "{ $name }" acceptada; ara envieu PASS
reply-logged-in = Sessió iniciada: la bústia està bloquejada i la sessió és a l'estat TRANSACTION ({ $text })
reply-auth = Autenticació SASL { $mechanism } correcta: estat TRANSACTION
reply-auth-mechanisms = Mecanismes: { $list }
reply-quit = Adéu: els missatges marcats com a esborrats s'eliminen ara
reply-quit-no-update = Adéu: QUIT abans d’iniciar la sessió la tanca sense estat UPDATE, de manera que no s’elimina res
reply-stat = { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} en total
reply-stat-odd = STAT ha respost "{ $text }"
note-stat-form = Una resposta a STAT ha de ser "+OK nn mm": nombre de missatges, un espai, octets totals
reply-list-one = El missatge { $msg } fa { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
reply-list-one-odd = LIST { $msg } ha respost "{ $text }"
note-list-form = Una resposta a LIST ha de ser "+OK msg octets"
reply-list-empty = Llistat de mides: la bústia és buida
reply-list-all = Llistat de mides: { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
note-scan-line = La línia "{ $line }" del llistat de mides no té la forma "msg octets"
reply-retr = Missatge { $msg }: { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} un cop tret el farciment de punts
reply-top = Capçaleres i primeres línies del missatge { $msg }: { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} un cop tret el farciment de punts
note-retr-announced = El servidor ha anunciat { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
note-retr-no-size = La línia +OK no indica cap mida (l'RFC 1939 no l'exigeix; useu LIST per saber les mides)
reply-dele = Missatge { $msg } marcat com a esborrat (s'elimina amb QUIT; RSET ho desfà)
reply-noop = El servidor encara hi és
reply-rset = Marques d'esborrat retirades
reply-rset-text = Marques d'esborrat retirades ({ $text })
reply-uidl-one = Identificador únic del missatge { $msg }: { $text }
note-uidl-form = Una resposta a UIDL ha de ser "+OK msg unique-id"
reply-uidl-all = Identificadors únics: { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}
note-uid-twice = L'identificador únic "{ $uid }" apareix dues vegades
note-uidl-line = La línia "{ $line }" no té la forma "msg unique-id"
note-uid-length = { $length ->
    [one] Identificador únic d'{ $length } caràcter
   *[other] Identificador únic de { $length } caràcters
}: n'ha de tenir entre 1 i 70
note-uid-chars = L'identificador únic "{ $uid }" té caràcters fora de l'interval 0x21-0x7E
reply-last = Número de missatge més alt consultat: { $text }
reply-capa-none = El servidor no declara cap capacitat
reply-capa = Capacitats: { $list }
reply-stls = Endavant: TLS comença ara en aquesta connexió; les capacitats anunciades abans deixen de valer
reply-utf8 = El mode UTF-8 està activat
reply-lang-list = Llengües que parla el servidor
reply-lang-set = Les respostes seran en "{ $tag }"
reply-extension = El servidor ha acceptat "{ $keyword }", una extensió
note-not-standard = No és una ordre POP3 estàndard

## Capacitats

cap-top = TOP: capçaleres sense el missatge sencer
cap-user = USER: es permet iniciar la sessió amb USER/PASS
cap-sasl = SASL: AUTH amb { $list }
cap-resp-codes = RESP-CODES: les respostes -ERR porten [codis]
cap-login-delay = LOGIN-DELAY: cal esperar { $seconds ->
    [one] { $seconds } segon
   *[other] { $seconds } segons
} entre inicis de sessió
cap-pipelining = PIPELINING: es poden enviar ordres sense esperar les respostes
cap-expire-never = EXPIRE NEVER: el correu es conserva al servidor
cap-expire = EXPIRE { $days }: el correu es pot eliminar { $days ->
    [one] al cap d'{ $days } dia
   *[other] al cap de { $days } dies
}
cap-uidl = UIDL: identificadors únics estables
cap-implementation = IMPLEMENTATION: { $text }
cap-stls = STLS: es pot iniciar TLS en aquesta connexió
cap-auth-resp-code = AUTH-RESP-CODE: [AUTH] indica credencials incorrectes
cap-utf8 = UTF8: mode UTF-8 disponible
cap-lang = LANG: respostes en altres llengües

## Codis de resposta

code-in-use = [IN-USE]: una altra sessió té el bloqueig de la bústia; tanqueu-la i torneu-ho a provar
code-login-delay = [LOGIN-DELAY]: fa massa poc que heu iniciat la sessió; espereu (vegeu la capacitat LOGIN-DELAY)
code-sys-temp = [SYS/TEMP]: un problema temporal del servidor; potser funcionarà si ho torneu a provar més tard
code-sys-perm = [SYS/PERM]: un problema permanent del servidor; tornar-ho a provar no servirà de res
code-auth = [AUTH]: les credencials són incorrectes (no és un problema del servidor)
code-utf8 = [UTF8]: aquesta bústia requereix el mode UTF-8
code-other = [{ $code }]: un codi de resposta estès que aquesta eina no coneix

## Què ha tolerat o rebutjat el descodificador

note-bare-lf = { $lines ->
    [one] { $lines } línia acabava
   *[other] { $lines } línies acabaven
} només en LF; les línies POP3 acaben en CRLF
note-long-lines = { $count ->
    [one] { $count } línia de més de { $limit } octets
   *[other] { $count } línies de més de { $limit } octets
} (la més llarga: { $longest })
note-unstuffed-dot = { $count ->
    [one] { $count } línia començava
   *[other] { $count } línies començaven
} amb un sol "." (la primera: línia { $first }): el servidor no ha fet el farciment de punts, així que una línia "." dins del missatge l'hauria acabat abans d'hora
note-lowercase-status = L'indicador d'estat no és en majúscules (+OK / -ERR)
note-dropped-lines = { $count ->
    [one] S'ha descartat { $count } línia massa llarga
   *[other] S'han descartat { $count } línies massa llargues
}
malformed-status = No és una resposta POP3 (ha de començar amb +OK o -ERR): "{ $line }"
note-status-indicator = Tota resposta comença amb un indicador d'estat: +OK o -ERR
malformed-line-too-long = { $limit ->
    [one] S'ha rebutjat una línia de més d'{ $limit } octet
   *[other] S'ha rebutjat una línia de més de { $limit } octets
}
note-line-dropped = { $limit ->
    [one] Una línia ha superat el límit d'{ $limit } octet que accepta aquest client; s'ha descartat
   *[other] Una línia ha superat el límit de { $limit } octets que accepta aquest client; s'ha descartat
}
note-body-line-dropped = { $limit ->
    [one] Una línia d'un cos multilínia ha superat el límit d'{ $limit } octet que accepta aquest client; s'ha descartat
   *[other] Una línia d'un cos multilínia ha superat el límit de { $limit } octets que accepta aquest client; s'ha descartat
}

## Què ha detectat el client

stls-leftover = { $bytes ->
    [one] Ha arribat { $bytes } byte en clar després del +OK a STLS, abans que comencés TLS; s'ha descartat
   *[other] Han arribat { $bytes } bytes en clar després del +OK a STLS, abans que comencés TLS; s'han descartat
}
note-stls-injection = Després del +OK a STLS no pot arribar res abans de la negociació TLS; aquests bytes podrien ser un atac d'injecció
sasl-challenge-replayed = Un repte SASL del servidor
plus-unexpected = Una línia "+" inesperada
note-plus-outside-auth = Les continuacions "+ " només pertanyen a un intercanvi AUTH
note-plus-no-space = Una continuació és "+", un espai i després base64, fins i tot quan el repte és buit; aquest "+" no porta l'espai
sasl-challenge = Repte { $mechanism } del servidor
note-challenge-base64 = El repte no és base64 vàlid
note-challenge-decoded = Descodificat: { $text }
sasl-cancelled = Autenticació cancel·lada: { $error }
note-sasl-error = { $error }
sasl-unverified = El servidor ha acceptat l'inici de sessió, però: { $error }
note-retr-size-mismatch = LIST indicava { $listed ->
    [one] { $listed } octet
   *[other] { $listed } octets
}, però { $arrived ->
    [one] n'ha arribat { $arrived }
   *[other] n'han arribat { $arrived }
} (les mides de LIST haurien de comptar els finals de línia CRLF)
note-retr-over-total = El missatge fa { $arrived ->
    [one] { $arrived } octet
   *[other] { $arrived } octets
}, però STAT indicava { $total ->
    [one] { $total } octet
   *[other] { $total } octets
} per a tota la bústia
note-body-left-out = El registre omet el missatge (hi ha un marcador en el seu lloc, com a l’exemple de l’RFC 1939), de manera que no se’n pot comprovar la mida
note-list-total-mismatch = Les mides del llistat sumen { $listed ->
    [one] { $listed } octet
   *[other] { $listed } octets
}, però STAT indicava { $total ->
    [one] { $total } octet
   *[other] { $total } octets
} per a la bústia; LIST i STAT compten exactament els mateixos missatges
note-listing-beyond = El missatge { $msg } no existeix: la bústia només té { $count ->
    [one] { $count } missatge
   *[other] { $count } missatges
}
note-listing-missing = { $count ->
    [one] El missatge { $first } no té cap línia
   *[other] Els missatges { $first }–{ $last } no tenen cap línia
}; un llistat n'ha de tenir una per a cada missatge no marcat com a esborrat
note-deleted-served = El missatge { $msg } està marcat com a esborrat; el servidor l'ha de rebutjar
note-code-unadvertised = Un codi de resposta, tot i que el servidor no anunciava RESP-CODES
note-uid-changed = El missatge { $msg } tenia l'identificador únic "{ $old }" abans en aquesta sessió; ara té "{ $new }"

## Per què ara no es pot enviar una ordre

refuse-tls-pending = S'està negociant TLS; no es pot enviar res fins que acabi
refuse-sasl-pending = Hi ha un intercanvi AUTH en curs; primer ha d'acabar
refuse-no-greeting = El servidor encara no ha enviat la salutació; espereu el seu +OK
refuse-closed = La sessió està tancada
refuse-update = S'ha enviat QUIT: el servidor està aplicant les eliminacions i tancarà la connexió
refuse-pass-without-user = PASS ha de seguir una ordre USER que el servidor hagi acceptat
refuse-no-apop = La salutació no portava cap <marca de temps>, així que aquest servidor no ofereix APOP
refuse-tls-active = TLS ja està actiu en aquesta connexió
refuse-unknown = "{ $keyword }" no és cap ordre POP3 que aquest client conegui
refuse-bad-arguments = { $keyword } no admet aquests arguments: s’escriu { $usage } (els números de missatge comencen per 1)
refuse-transaction-only = L'ordre { $keyword } només és vàlida a l'estat TRANSACTION: primer inicieu la sessió
refuse-authorization-only = L'ordre { $keyword } només és vàlida a l'estat AUTHORIZATION: ja heu iniciat la sessió
refuse-deleted = El missatge { $msg } està marcat com a esborrat (RSET el desmarca)
refuse-beyond = { $count ->
    [one] Només hi ha { $count } missatge a la bústia
   *[other] Només hi ha { $count } missatges a la bústia
}
