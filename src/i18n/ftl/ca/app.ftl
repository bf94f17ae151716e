# Català: les paraules de l'aplicació mateixa sobre la connexió, els inicis de sessió i els errors.

## Els fets de l'aplicació sobre la connexió

fact-new-connection = Connexió nova
fact-connecting = S'està obrint el WebSocket del servidor intermediari { $url }
fact-connect-asked = S'ha demanat al servidor intermediari que es connecti a { $host }:{ $port }
fact-opened-websockify = Connectat a través de websockify: el servidor és la destinació fixa del servidor intermediari
fact-opened-plain = Connectat a { $peer } (TCP sense xifrar)
fact-opened-tls = Connectat a { $peer } amb { $tls }
fact-start-tls-asked = S'ha demanat al servidor intermediari que iniciï TLS en aquesta connexió
fact-tls-up = TLS actiu: { $tls }
tls-verified = { $version }, un certificat verificat
tls-pinned = { $version }, un certificat en què heu decidit confiar
fact-stls-impossible = STLS no pot continuar: websockify només retransmet bytes a la destinació amb què es va iniciar: no hi ha canal de control, de manera que l'aplicació no pot triar el servidor, iniciar TLS amb STLS ni mostrar certificats. Es tanca la connexió.
fact-link-error = { $explanation }: { $message }
fact-control-unreadable = El servidor intermediari ha enviat una cosa que aquesta aplicació no entén: { $error }
fact-closed = Connexió tancada { $by ->
    [server] pel servidor
    [proxy] pel servidor intermediari
   *[client] per aquesta aplicació
}: { $reason }
fact-closed-socket = El WebSocket cap al servidor intermediari s'ha tancat: { $reason }
socket-1000 = tancat normalment (1000)
socket-1001 = el servidor intermediari se'n va, per exemple perquè s'atura (1001)
socket-1006 = s'ha perdut la connexió amb el servidor intermediari sense negociació de tancament: s'està executant i accepta l'origen d'aquesta pàgina? (1006)
socket-1008 = el servidor intermediari ha rebutjat la connexió per la seva política (1008)
socket-1009 = un missatge era massa gran per al servidor intermediari (1009)
socket-1011 = el servidor intermediari ha tingut un error intern (1011)
socket-other = tancat amb el codi { $code }
fact-session-ended = { $expected ->
    [yes] La sessió ha acabat normalment
   *[no] La connexió ha acabat de manera inesperada
}
fact-no-reply = ; sense resposta a { $list }
fact-partial-body = { $octets ->
    [one] ; havia arribat { $octets } octet d'un cos
   *[other] ; havien arribat { $octets } octets d'un cos
}
fact-no-update = . Cap QUIT no ha rebut resposta, de manera que el servidor no ha entrat mai a l’estat UPDATE: { $marked ->
    [0] no s’esborra res
    [one] el missatge marcat com a esborrat es queda a la bústia
   *[other] els { $marked } missatges marcats com a esborrats es queden a la bústia
} (RFC 1939 §6)
fact-not-sent = No s'ha enviat: { $reason }
fact-imported = { $lines ->
    [one] S'ha importat { $lines } línia
   *[other] S'han importat { $lines } línies
} com a { $format ->
    [prefixed] registre C:/S:
   *[telnet] registre de terminal
}; { $skipped ->
    [one] { $skipped } s'ha omès perquè no és POP3
   *[other] { $skipped } s'han omès perquè no són POP3
}
fact-state-changed = { $from } → { $to }
state-entered-authorization = El servidor ha enviat la salutació: ara inicieu la sessió
state-entered-transaction = Sessió iniciada: la bústia és oberta
state-entered-update = QUIT: el servidor aplica les eliminacions
state-entered-closed = La sessió ha acabat

## Per què no s'ha pogut escriure una línia

unwritable-bad-keyword = "{ $keyword }" no és una paraula clau d'ordre
unwritable-forbidden-byte = els arguments no poden contenir el byte { $byte }
unwritable-missing-argument = { $keyword } necessita un argument
unwritable-bad-arguments = arguments incorrectes per a { $keyword }; ús: { $expected }
unwritable-not-utf8 = la línia d'ordre no és UTF-8 vàlid

## Inicis de sessió

login-refused = L'inici de sessió amb { $method } ha fallat: { $reason }
login-no-reason = no s'ha indicat cap motiu
login-no-randomness = Aquest navegador no ofereix nombres aleatoris segurs (crypto.getRandomValues), així que l'intercanvi SCRAM no pot començar
login-sasl = { $error }

## Què volen dir els codis d'error del servidor intermediari

error-bad-request = El servidor intermediari no ha entès la petició
error-origin-not-allowed = Aquesta pàgina no pot fer servir el servidor intermediari (inicieu-lo amb --allow-origin)
error-port-not-allowed = El servidor intermediari no es connecta a aquest port (inicieu-lo amb --allow-port)
error-host-not-allowed = En mode públic, el servidor intermediari no es connecta a adreces privades
error-dns-failed = No s'ha pogut trobar el nom del servidor
error-connect-failed = El servidor ha rebutjat la connexió o no és accessible
error-timeout = El servidor ha trigat massa a respondre
error-tls-failed = La negociació TLS ha fallat
error-cert-untrusted = El certificat del servidor no és de confiança
error-too-many-sessions = El servidor intermediari està ocupat (massa sessions)
error-idle-timeout = La connexió ha estat inactiva massa temps
