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
fact-in-page = Connectat al servidor de demostració dins d'aquesta pàgina: sense xarxa ni servidor intermediari, i per tant sense TLS
fact-no-proxy = Cap servidor intermediari no respon a l'adreça d'aquesta pàgina. El servidor de demostració funciona dins la pàgina amb POP3 sense xifrar; els servidors reals i TLS (STLS, port 995) necessiten el servidor intermediari inclòs: executeu cargo xtask dev, o serviu la pàgina amb pop3-proxy.
fact-link-error = { $failure }. El servidor intermediari ha dit: { $message }
fact-control-unreadable = El servidor intermediari ha enviat una cosa que aquesta aplicació no entén: { $error }
fact-closed = Connexió tancada { $by ->
    [server] pel servidor
    [proxy] pel servidor intermediari
   *[client] per aquesta aplicació
}: { $reason }
fact-closed-socket = Navegador ↔ servidor intermediari: el WebSocket cap al servidor intermediari s'ha tancat: { $reason }
socket-1000 = tancat normalment (1000)
socket-1001 = el servidor intermediari se'n va, per exemple perquè s'atura (1001)
socket-1005 = tancat sense codi d'estat (1005)
socket-1006 = la connexió amb el servidor intermediari s'ha tallat sense trama de tancament: el servidor intermediari no s'està executant, l'URL no és correcta, ha rebutjat l'origen d'aquesta pàgina o ha fallat la xarxa (1006)
socket-1008 = el servidor intermediari ha rebutjat la connexió per la seva política (1008)
socket-1009 = un missatge era massa gran per al servidor intermediari (1009)
socket-1011 = el servidor intermediari ha tingut un error intern (1011)
socket-1012 = el servidor intermediari s'està reiniciant: torneu a connectar d'aquí a un moment (1012)
socket-1013 = el servidor intermediari està sobrecarregat: torneu-ho a provar més tard (1013)
socket-1015 = ha fallat la negociació TLS amb el servidor intermediari: el navegador no confia en el certificat d'aquesta adreça wss:// (1015)
socket-other = tancat amb el codi { $code }, que aquesta aplicació no coneix
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

## On ha fallat: entre aquesta pàgina i el servidor intermediari, o entre el servidor intermediari i el servidor

failure-at-hop = { $hop }: { $explanation }
hop-browser-proxy = Navegador ↔ servidor intermediari
hop-proxy-server = Servidor intermediari ↔ servidor

## Per què ha fallat una negociació TLS, per causa

tls-failure-self-signed = El certificat del servidor és autosignat: s'ha signat ell mateix, i cap autoritat de certificació en què confiï el servidor intermediari no en respon. Els servidors de prova sovint en fan servir; confieu-hi només si en podeu comprovar l'empremta digital
tls-failure-ca-used-as-leaf = El servidor presenta com a propi un certificat d'autoritat de certificació (CA), fet per signar altres certificats, cosa que un servidor no ha de fer. Els certificats autosignats que creen els scripts d'instal·lació sovint són així
tls-failure-expired = El certificat del servidor ha caducat: el seu període de validesa ja ha acabat, i els clients el rebutgen fins que el servidor n'instal·li un de nou
tls-failure-not-yet-valid = El certificat del servidor encara no és vàlid: el seu període de validesa comença en el futur (o el rellotge de l'ordinador del servidor intermediari va malament)
tls-failure-wrong-name = El certificat del servidor és per a altres noms: l'amfitrió al qual us connecteu ha de ser un dels noms que figuren al certificat
tls-failure-unknown-issuer = La cadena de certificats del servidor porta a una autoritat de certificació en què el servidor intermediari no confia, com ara l'autoritat privada d'una organització
tls-failure-incomplete-chain = La cadena de certificats és incompleta: el servidor ha enviat el seu certificat sense el certificat intermedi que l'enllaça amb una autoritat de confiança. Els servidors han d'enviar els certificats intermedis
tls-failure-bad-signature = Una signatura de la cadena de certificats del servidor no es pot verificar: s'ha alterat un certificat, o no l'ha signat la clau que indica
tls-failure-invalid-certificate = El certificat del servidor no es pot fer servir: està mal format, fa servir un algorisme que el servidor intermediari no admet o no està pensat per a un servidor TLS
tls-failure-handshake-failed = La negociació TLS s'ha interromput: el servidor i el servidor intermediari no comparteixen cap versió de TLS ni cap xifratge, el servidor ha enviat una alerta o ha tancat la connexió
tls-failure-not-tls = El servidor no parla TLS en aquest port: ha respost en text clar (per exemple, una salutació POP3, "+OK") quan s'esperava una negociació TLS. Feu servir TLS implícit en un port TLS com el 995, i Cap o STLS en un port sense xifrar com el 110
