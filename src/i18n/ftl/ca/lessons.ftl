# Català: el curs "Aprèn POP3" (títols de les lliçons, passos, explicacions, notes,
# etiquetes de "Fes-ho") i les paraules del tauler del curs.
#
# El text entre `accents greus` és codi: línies d'ordre, respostes i paraules del
# protocol, que es mantenen tal com són en totes les llengües (i els accents greus
# també). El mateix passa amb les paraules clau de POP3 (USER, PASS, STAT, +OK,
# -ERR, …), les referències a RFC (RFC 1939 §7) i el nom i la contrasenya de la
# bústia de demostració (mrose, tanstaaf).

## Passos compartits per diverses lliçons

lesson-connect-title = Connecteu-vos al servidor de demostració
lesson-connect-explain = Obriu una connexió amb el servidor de demostració ({ $route ->
        [in-page] dins d'aquesta pàgina, sense xarxa
       *[proxy] 127.0.0.1:1110, a través del servidor intermediari
    }). El servidor parla primer: una salutació que comença amb `+OK`. Ara la sessió és a l'estat AUTHORIZATION.
lesson-open-session-title = Obriu una sessió
lesson-open-session-explain = Connecteu-vos al servidor de demostració i inicieu la sessió com a `mrose` (el botó fa totes dues coses). Les ordres d'aquesta lliçó només són vàlides a l'estat TRANSACTION, després d'iniciar la sessió.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = El servidor de demostració bloqueja una bústia mentre una sessió la té oberta (RFC 1939 §8), així que acabeu aquesta sessió abans de tornar a iniciar-ne una.

## La salutació i la marca de temps d'APOP

lesson-greeting-title = La salutació i la marca de temps d'APOP
lesson-greeting-intro = Una sessió POP3 comença quan el servidor parla primer. La seva salutació pot portar una marca de temps que permet un inici de sessió més segur.
lesson-greeting-timestamp-title = Trobeu la marca de temps
lesson-greeting-timestamp-explain = Mireu el final de la salutació a la transcripció: el text entre `<` i `>` és una marca de temps, única per a aquesta connexió. Un servidor que n'envia una ofereix APOP: el client demostra que coneix la contrasenya calculant el resum de la marca de temps juntament amb la contrasenya.
# $timestamp (text): la marca de temps de la salutació d'aquesta connexió, p. ex. <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = La marca de temps d'aquesta connexió: { $timestamp }
lesson-greeting-quit-title = Sortiu amb QUIT
lesson-greeting-quit-explain = A l'estat AUTHORIZATION, `QUIT` simplement acaba la sessió: no s'ha obert cap bústia, així que no hi ha estat UPDATE. El servidor respon `+OK` i tanca la connexió.

## USER/PASS o APOP

lesson-user-pass-apop-title = USER/PASS o APOP
lesson-user-pass-apop-intro = Dues maneres d'iniciar la sessió segons l'RFC 1939: la contrasenya mateixa, o una prova que la coneixeu.
lesson-user-pass-apop-user-pass-title = Inicieu la sessió amb USER i PASS
lesson-user-pass-apop-user-pass-explain = `USER mrose` indica la bústia i després `PASS tanstaaf` envia la contrasenya, en clar si la connexió no usa TLS. L'aplicació l'emmascara a la transcripció, però qualsevol que estigui en el camí de xarxa la podria llegir. Després del `+OK`, la sessió és a l'estat TRANSACTION.
lesson-user-pass-apop-connect-again-title = Torneu-vos a connectar
lesson-user-pass-apop-connect-again-explain = Una connexió nova rep una salutació nova, amb una marca de temps nova.
lesson-user-pass-apop-apop-title = Inicieu la sessió amb APOP
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>` envia com a resum (digest) l'MD5 de la marca de temps de la salutació seguida de la contrasenya, en 32 dígits hexadecimals. La contrasenya no viatja mai per la xarxa, i el resum no es pot reutilitzar: cada salutació té una marca de temps diferent. (Avui MD5 és feble; la protecció real és TLS.)
# El que escriu el lector en lloc del resum, a `APOP mrose <digest>`.
lesson-user-pass-apop-apop-placeholder = resum
# Abans d'iniciar la sessió: $timestamp (text) és la marca de temps de la salutació, $password (text) la contrasenya de demostració.
lesson-note-apop-digest-to-come = El resum serà MD5("{ $timestamp }" + "{ $password }")

## STAT i LIST

lesson-stat-list-title = STAT i LIST
lesson-stat-list-intro = Quants missatges hi ha, i quant ocupen?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` demana el resum de la bústia: el nombre de missatges i la seva mida total en octets, en una sola línia: `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = `LIST` sense argument respon amb un llistat de mides multilínia: una línia `number size` per missatge, acabat amb una línia que només conté un `.`.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = Amb un número de missatge, la resposta és una sola línia: `+OK 1 size`. Els missatges es numeren a partir d'1, i els números no canvien en tota la sessió.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = Els números de missatge canvien d'una sessió a la següent; els identificadors únics, no.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` llista un identificador únic per missatge. Després d'una eliminació, el missatge 3 pot ser el missatge 2 la vegada següent, però el seu identificador no canvia: així és com un client que deixa el correu al servidor sap què ha descarregat ja.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = Amb un número de missatge, l'identificador arriba en una sola línia: `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Mireu un missatge sense descarregar-lo sencer.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` envia les capçaleres, la línia en blanc que les segueix i les n primeres línies del cos. Amb n = 0 només rebeu les capçaleres: així és com un client llista els assumptes i els remitents amb poc cost.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = El mateix amb tres línies del cos: una previsualització.

## RETR i el farciment de punts

lesson-retr-title = RETR i el farciment de punts
lesson-retr-intro = Una resposta multilínia acaba amb una línia que només conté un punt. I si el missatge mateix té una línia així?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1` descarrega el missatge 1 sencer com a resposta multilínia, acabada amb `.` en una línia tota sola.
lesson-retr-stuffing-title = Localitzeu el farciment de punts
lesson-retr-stuffing-explain = El missatge 1 té línies que comencen amb un punt. Per la xarxa, el servidor ha doblat cada punt inicial (`..`), perquè cap línia del missatge no es pugui confondre amb el final; el client treu el punt de més. Compareu els bytes en brut de la resposta a la transcripció amb la vista del missatge.
# $count (nombre): línies de l'últim missatge descarregat que començaven amb un punt;
# $message (text): el seu número de missatge, p. ex. 1.
lesson-note-stuffed = { $count ->
    [0] L'últim RETR ({ $message }) no tenia cap línia que comencés amb un punt.
    [one] { $count } línia de l'últim RETR començava amb un punt: ".." per la xarxa.
   *[other] { $count } línies de l'últim RETR començaven amb un punt: ".." per la xarxa.
}

## DELE, RSET i l'estat UPDATE

lesson-dele-rset-title = DELE, RSET i l'estat UPDATE
lesson-dele-rset-intro = Esborrar es fa en dues fases: ara es marca, al final s'elimina.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2` marca el missatge 2 com a esborrat. Encara no s'elimina res: el servidor només elimina els missatges marcats a l'estat UPDATE, després de QUIT.
lesson-dele-rset-stat-again-title = Torneu a enviar STAT
lesson-dele-rset-stat-again-explain = Un missatge marcat ja no compta: STAT mostra un missatge menys, i les ordres que esmenten el missatge 2 ara fallen.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` desmarca tots els missatges esborrats. Si en lloc d'això haguéssiu enviat QUIT, el servidor hauria entrat a l'estat UPDATE i hauria eliminat el missatge 2 definitivament (la demostració dins la pàgina conserva les vostres eliminacions en aquest navegador fins que en restabliu les bústies; la del servidor intermediari, fins que es reinicia).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = Sortir com cal és el que fa que les eliminacions es facin efectives.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = `QUIT` a l'estat TRANSACTION fa passar la sessió a UPDATE: el servidor elimina els missatges marcats com a esborrats, desbloqueja la bústia, respon `+OK` i tanca la connexió.
lesson-quit-over-title = La sessió s'ha acabat
lesson-quit-over-explain = L'estat ha seguit TRANSACTION → UPDATE → DISCONNECTED (vegeu els rètols a la transcripció). Si la connexió s'hagués tallat abans de QUIT, el servidor no hauria entrat a l'estat UPDATE i no hauria eliminat res.

## CAPA i STLS

lesson-capa-stls-title = CAPA i STLS
lesson-capa-stls-intro = Pregunteu al servidor què sap fer i després passeu la connexió a TLS.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA` llista el que el servidor admet més enllà del bàsic: TOP, UIDL, PIPELINING, mecanismes SASL, i STLS quan pot iniciar TLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` demana continuar aquesta connexió sobre TLS. Després del `+OK`, el servidor intermediari fa la negociació TLS en la mateixa connexió TCP. Aleshores el client ha d'oblidar les capacitats i tornar-les a demanar (aquesta aplicació ho fa): STLS ja no hi apareix.
lesson-capa-stls-login-title = Inicieu la sessió sobre TLS
lesson-capa-stls-login-explain = Ara USER/PASS està protegit de qui escolti la xarxa: la contrasenya viatja dins de TLS.

## SASL: AUTH PLAIN i CRAM-MD5

lesson-sasl-title = SASL: AUTH PLAIN i CRAM-MD5
lesson-sasl-intro = AUTH executa un mecanisme SASL: un marc de mètodes d'inici de sessió intercanviables.
lesson-sasl-capa-title = CAPA: trobeu la línia SASL
lesson-sasl-capa-explain = La capacitat `SASL` llista els mecanismes que accepta el servidor; el servidor de demostració ofereix PLAIN, LOGIN i CRAM-MD5.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN envia el nom d'usuari i la contrasenya en un sol missatge en base64. Base64 és una codificació, no un xifratge: en una xarxa real, PLAIN necessita TLS.
# El que escriu el lector en lloc de l'argument, a `AUTH PLAIN <…>`; "\0" és un byte NUL.
lesson-sasl-plain-placeholder = base64 de \0mrose\0tanstaaf
lesson-sasl-connect-again-title = Torneu-vos a connectar
lesson-sasl-connect-again-explain = Una sessió nova per al segon mecanisme.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = El servidor envia un repte (una línia `+ ` en base64); el client respon amb el nom d'usuari i un HMAC-MD5 del repte amb la contrasenya com a clau (RFC 2195). La contrasenya no viatja mai per la xarxa.

## La sessió d'exemple de l'RFC 1939

lesson-rfc1939-example-title = Reproduïu la sessió d'exemple de l'RFC 1939
lesson-rfc1939-example-intro = L'RFC 1939 acaba amb una sessió d'exemple completa. Reproduïu-la sense connexió i recorreu-la pas a pas.
lesson-rfc1939-example-replay-title = Reproduïu l'exemple
lesson-rfc1939-example-replay-explain = El botó enganxa l'exemple a l'importador, que el reprodueix amb el mateix motor de client, sense connexió, i anota cada línia. (Això tanca una connexió activa.)
lesson-rfc1939-example-apop-title = L'inici de sessió amb APOP
lesson-rfc1939-example-apop-explain = La marca de temps de la salutació és `<1896.697170952@dbc.mtview.ca.us>`. El client respon `APOP mrose c4c9334bac560ecc979e58001b3e22fb`: l'MD5 de la marca de temps seguida del secret, `tanstaaf` (el servidor de demostració usa el mateix).
lesson-rfc1939-example-stat-list-title = STAT i LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320`: dos missatges, 320 octets. El llistat de mides en dona les mides, 120 i 200.
lesson-rfc1939-example-retr-dele-title = RETR i DELE
lesson-rfc1939-example-retr-dele-explain = Cada missatge es descarrega i després es marca com a esborrat. L'RFC omet els missatges mateixos; l'importador se salta aquestes línies d'espai reservat.
lesson-rfc1939-example-quit-title = QUIT i UPDATE
lesson-rfc1939-example-quit-explain = QUIT fa passar la sessió a UPDATE: el servidor elimina tots dos missatges i s'acomiada amb `maildrop empty`.

## "Fes-ho": què fa ara el botó (un pas pot necessitar primer una connexió,
## un inici de sessió o un QUIT)

lesson-move-replay = Reprodueix l'exemple
lesson-move-connect-first = Primer connecteu-vos
lesson-move-connect-and-log-in-first = Primer connecteu-vos i inicieu la sessió
lesson-move-log-in-first = Primer inicieu la sessió
lesson-move-quit-logged-in = Primer QUIT (teniu la sessió iniciada)
lesson-move-quit-mailbox-locked = Primer QUIT (la bústia està bloquejada mentre teniu la sessió iniciada)
lesson-move-connect = Connecta al servidor de demostració
lesson-move-connect-and-log-in = Connecta i inicia la sessió
lesson-move-log-in-demo = Inicia la sessió com a mrose
# $command (text): la línia d'ordre, p. ex. STAT
lesson-move-send = Envia { $command }
lesson-move-user-pass = Inicia la sessió amb USER/PASS
lesson-move-apop = Inicia la sessió amb APOP
# $mechanism (text): el mecanisme SASL, p. ex. PLAIN
lesson-move-auth = AUTH { $mechanism }

## El tauler del curs

ui-lessons-heading = Aprèn POP3
# Després de l'encapçalament: lliçons completades del total de lliçons.
ui-lessons-lessons-done = { $total ->
    [one] { $done }/{ $total } lliçó
   *[other] { $done }/{ $total } lliçons
}
# L'etiqueta del selector de lliçons.
ui-lessons-pick = Lliçó
# Una lliçó al selector, un cop oberta: el número, el títol i els passos fets.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# Una lliçó al selector, encara no oberta: el número, el títol i quants passos té.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } pas
   *[other] { $total } passos
})
ui-lessons-progress-label = Passos fets
ui-lessons-progress = { $total ->
    [one] { $done }/{ $total } pas
   *[other] { $done }/{ $total } passos
}
# Per als lectors de pantalla, després del títol d'un pas.
ui-lessons-status-done = (fet)
ui-lessons-status-current = (pas actual)
ui-lessons-status-locked = (bloquejat)
# $command (text): una línia d'ordre, mostrada com a codi.
ui-lessons-or-type = O escriviu `{ $command }` a la línia d'ordres.
# $first, $second (text): dues línies d'ordre, mostrades com a codi.
ui-lessons-or-type-then = O escriviu `{ $first }` i després `{ $second }` a la línia d'ordres.
# $action (text): què fa el botó, p. ex. "Envia STAT".
ui-lessons-do-it = Fes-ho: { $action }
ui-lessons-continue = Entesos, continua
ui-lessons-reopen = Torna a llegir aquest pas
ui-lessons-waiting = S'espera el servidor…
ui-lessons-complete = ✓ Lliçó completada.
ui-lessons-next = Lliçó següent →
ui-lessons-start-over = Torna a començar
ui-lessons-start-over-tooltip = Oblida el progrés d'aquesta lliçó i torna a comprovar a partir d'ara
