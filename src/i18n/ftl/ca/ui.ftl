# Català: les etiquetes, els botons i els textos de la pàgina.

## Aplicació

ui-language = Llengua
ui-app-session-state = Estat de la sessió (RFC 1939 §3)
ui-app-mail = Bústia i missatge

## Configuració

ui-settings-preset-demo = Servidor de demostració (sense xifrar + STLS)
ui-settings-preset-demo-tls = Servidor de demostració (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Certificat caducat (demostració, 1996)
ui-settings-preset-fault-wrong-name = Nom incorrecte (demostració, 1997)
ui-settings-preset-fault-self-signed = Certificat autosignat (demostració, 1998)
ui-settings-preset-fault-incomplete-chain = Cadena incompleta (demostració, 1999)
ui-settings-websockify-no-control = websockify només retransmet bytes a la destinació amb què es va iniciar: no hi ha canal de control, de manera que l'aplicació no pot triar el servidor, iniciar TLS amb STLS ni mostrar certificats

## Connexió

ui-connection-title = Connexió
ui-connection-try-demo = Proveu el servidor de demostració
ui-connection-no-proxy = Cap servidor intermediari no respon al costat d'aquesta pàgina, així que el servidor de demostració funciona dins d'ella. Els servidors reals i TLS necessiten pop3-proxy (cargo xtask dev).
ui-connection-preset = Predefinit
ui-connection-choose-server = Trieu un servidor…
ui-connection-tls-faults = Errors TLS per aprendre
ui-connection-host = Amfitrió
ui-connection-port = Port
ui-connection-security = Seguretat
ui-connection-security-none = Cap (sense xifrar, port 110)
ui-connection-security-stls = STLS (passa a TLS després de la salutació)
ui-connection-security-implicit = TLS implícit (port 995)
ui-connection-proxy = Servidor intermediari
ui-connection-proxy-kind = Tipus
ui-connection-kind-playground = pop3-proxy (el d'aquest projecte)
ui-connection-kind-websockify = websockify (destinació fixa, només bytes)
# $reason (text): el motiu, de ui-settings-websockify-no-control
ui-connection-websockify-off = L'amfitrió, el port, la seguretat, STLS i el tauler del certificat estan desactivats: { $reason }.
ui-connection-proxy-url = URL del WebSocket del servidor intermediari
ui-connection-via = Servidor de demostració
ui-connection-via-auto = En aquesta pàgina, tret que respongui un servidor intermediari
ui-connection-via-in-page = En aquesta pàgina (sense instal·lar res)
ui-connection-via-proxy = A través del servidor intermediari
ui-connection-via-no-tls = En aquesta pàgina no hi ha TLS: STLS i el port 995 necessiten el servidor intermediari.
ui-connection-pinned = Per a aquest servidor hi ha fixat un certificat en què heu decidit confiar.
ui-connection-connect = Connecta
ui-connection-disconnect = Desconnecta
ui-connection-not-connected = No connectat.
ui-connection-connecting = S'està connectant…
ui-connection-connected = Connectat a { $host }:{ $port }
ui-connection-connected-in-page = Connectat al servidor de demostració dins d'aquesta pàgina
# $reason (text): l'últim fet de la connexió, en paraules
ui-connection-disconnected-why = Desconnectat: { $reason }
ui-connection-disconnected = Desconnectat.
ui-connection-proxy-said = El servidor intermediari ha dit: { $message }

## Tauler del certificat

ui-cert-title = Certificat TLS
ui-cert-untrusted-title = Certificat no fiable
ui-cert-no-version = negociació no acabada
ui-cert-no-cipher = cap xifratge
ui-cert-no-sni = cap (una adreça IP)
# $error (text): el que ha indicat la biblioteca TLS, tal com ho ha dit
ui-cert-what-failed = Què ha fallat: { $error }
ui-cert-pinned = No s'ha verificat amb les arrels públiques: s'accepta perquè l'heu fixat.
ui-cert-verified = Verificat amb les arrels públiques.
ui-cert-server = Servidor:
ui-cert-issuer = Emissor:
ui-cert-issued-by = emès per { $issuer }
ui-cert-valid = vàlid del { $from } al { $until }
# $names (text): els noms alternatius del subjecte del certificat, separats per comes
ui-cert-names = noms: { $names }
ui-cert-trust-explain = Confieu en aquest certificat exacte per a aquest servidor (una excepció de certificat, com fan els clients de correu); la connexió es torna a fer amb la seva empremta fixada.
ui-cert-trust = Confia en aquest certificat

## Inici de sessió

ui-login-title = Inici de sessió
ui-login-stls-offered = El servidor ofereix STLS: passeu a TLS abans d'enviar una contrasenya.
ui-login-send-stls = Envia STLS
ui-login-capa-hint = Envieu CAPA per veure quins mecanismes ofereix el servidor.
ui-login-demo-credentials = El servidor de demostració: inicieu la sessió com a { $user } amb la contrasenya { $password }. Els altres usuaris, amb la mateixa contrasenya, mostren cadascun alguna cosa que va malament: { $others }.
ui-login-demo-fill = Omple amb { $user }
ui-login-demo-reset = Restableix les meves bústies de demostració
ui-login-demo-reset-done = Les vostres bústies de demostració tornen a estar com noves: hi ha tots els missatges.
ui-login-send-capa = Envia CAPA
ui-login-method = Mètode
ui-login-user = Usuari
ui-login-password = Contrasenya
ui-login-token = Testimoni d'accés
# $host (text): el nom de l'amfitrió del servidor
ui-login-cleartext-warning = Atenció: { $host } no és aquesta màquina i la connexió no està xifrada. La contrasenya viatjarà per la xarxa en clar. Torneu a prémer el botó per enviar-la igualment.
ui-login-send-in-clear = Envia la contrasenya en clar
ui-login-button = Inicia la sessió
ui-login-apop-timestamp = La marca de temps de la salutació:
ui-login-apop-concatenate = Concateneu-la amb el vostre secret:
ui-login-apop-md5 = L'MD5 del resultat, en hexadecimal en minúscules:
ui-login-apop-pending = (es calcula quan inicieu la sessió)
ui-login-apop-send = Envieu «APOP nom resum»: el secret mateix no viatja mai per la xarxa.

## Ordres

ui-commands-title = Ordres
ui-commands-message = Missatge
# $number: el número del missatge; $octets: la seva mida
ui-commands-message-size = { $number } ({ $octets ->
    [one] 1 octet
   *[other] { $octets } octets
})
ui-commands-top-lines = Línies de TOP
ui-commands-why-disabled = { $count ->
    [one] Per què hi ha 1 ordre desactivada
   *[other] Per què hi ha { $count } ordres desactivades
}
ui-commands-raw = Ordre directa (Retorn l'envia, ↑/↓ historial)
ui-commands-raw-placeholder = p. ex. LIST 1
# $reason (text): per què l'ordre ara no és vàlida, amb la seva referència a l'RFC
ui-commands-send-anyway = { $reason }. Torneu a prémer Retorn per enviar-la igualment.
# $reason (text): el motiu, de ui-settings-websockify-no-control
ui-commands-stls-off = STLS està desactivat: { $reason } (RFC 2595 §4)

## Diagrama

ui-diagram-title = Diagrama de seqüència
ui-diagram-summary = ({ $count ->
    [one] 1 entrada
   *[other] { $count } entrades
})
ui-diagram-summary-window = (les últimes { $shown } de { $total } entrades)
ui-diagram-download = Baixa l'SVG
ui-diagram-legend = Blau: ordres del client · verd: respostes · vermell: -ERR · gris: notes del servidor intermediari · lila: TLS
ui-diagram-empty = Encara no hi ha res: connecteu-vos o importeu una transcripció.
ui-diagram-link-hint = Feu clic en una fletxa (o premeu-hi Retorn) per seleccionar la seva línia a la transcripció.

## Exportació del diagrama: l'SVG, mostrat a la pàgina i baixat

ui-diagram-svg-label = Diagrama de seqüència de la sessió POP3, { $count ->
    [one] 1 fletxa
   *[other] { $count } fletxes
}
ui-diagram-svg-title = Sessió POP3: diagrama de seqüència
ui-diagram-lane-client = Client (aquesta aplicació)
ui-diagram-lane-proxy = Servidor intermediari
ui-diagram-lane-server = Servidor POP3
ui-diagram-svg-window = Es mostren les últimes { $shown } de { $total } entrades ({ $skipped ->
    [one] no es dibuixa 1 entrada anterior
   *[other] no es dibuixen { $skipped } entrades anteriors
})
# Després de la primera línia d'una resposta: quantes línies té el cos
ui-diagram-svg-body-lines = (+{ $count ->
    [one] 1 línia
   *[other] { $count } línies
})
ui-diagram-svg-tls = TLS a partir d'aquí: xifrat entre el servidor intermediari i el servidor

## Exportació

ui-export-title = Exporta i comparteix
ui-export-format = Format d'exportació
ui-export-text = Text (C:/S:)
ui-export-json = JSON (temps, anotacions)
ui-export-script-openssl = Script de shell (openssl s_client)
ui-export-script-curl = Ordres curl
ui-export-script-python = Script de Python (poplib)
ui-export-script-explain = Un script que torna a enviar les ordres de l'última connexió. Sense els secrets, demana la contrasenya (o la llegeix de POP3_PASSWORD) quan s'executa.
ui-export-secrets = Inclou els secrets
ui-export-secrets-warning = Ara l'exportació conté contrasenyes i respostes SASL en clar.
ui-export-copy = Copia
ui-export-download-txt = Baixa el .txt
ui-export-download-json = Baixa el .json
ui-export-download-sh = Baixa el .sh
ui-export-download-py = Baixa el .py
ui-export-open = Obre una exportació .json:
ui-export-share-title = Enllaç per compartir
ui-export-share-explain = Només el servidor, el port, la seguretat i el servidor intermediari: mai un nom d'usuari, una contrasenya ni un certificat fixat.
ui-export-copy-link = Copia l'enllaç
ui-export-copied = Copiat
ui-export-no-clipboard = Aquí no hi ha porta-retalls: seleccioneu el text i copieu-lo
ui-export-restored = { $count ->
    [one] S'ha restaurat 1 entrada
   *[other] S'han restaurat { $count } entrades
}

## Importació

ui-import-title = Importa una transcripció
ui-import-explain = Enganxeu una sessió: línies precedides de C: i S: (com a les RFC) o un registre de telnet normal. Es reprodueix amb el mateix motor de client, sense connexió.
ui-import-run = Reprodueix i anota

## Bústia

ui-mailbox-title = Bústia
ui-mailbox-log-in-first = Inicieu la sessió per obrir la bústia (RFC 1939 §4).
ui-mailbox-quit-sent = S'ha enviat QUIT: el servidor està eliminant els missatges marcats com a esborrats.
ui-mailbox-connect-first = Connecteu-vos i inicieu la sessió per veure la bústia.
ui-mailbox-load = Carrega la bústia
ui-mailbox-load-title = STAT, LIST, UIDL i TOP n 0 per als primers missatges
ui-mailbox-rset-title = RSET: desmarca tots els missatges marcats com a esborrats (RFC 1939 §5)
ui-mailbox-fetch-headers = Obtén les capçaleres ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0: la secció de capçaleres de cada missatge mostrat que no la tingui (RFC 1939 §7)
# El que ha dit STAT: $count missatges de $octets octets en total ($size: el mateix, p. ex. "1.5 MiB")
ui-mailbox-status = { $count ->
    [one] 1 missatge
   *[other] { $count } missatges
}, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
} ({ $size })
# Abans de STAT: $count missatges llistats
ui-mailbox-status-listed = { $count ->
    [one] 1 missatge
   *[other] { $count } missatges
}
ui-mailbox-marked = { $deleted ->
    [one] 1 més marcat com a esborrat (s'elimina amb QUIT)
   *[other] { $deleted } més marcats com a esborrats (s'eliminen amb QUIT)
}
# $command (text): l'ordre la resposta de la qual està arribant, p. ex. "RETR 2"
ui-mailbox-receiving = S'està rebent { $command }
# $received, $total (text): mides, p. ex. "1.5 MiB"
ui-mailbox-received-of = { $received } de { $total }
# $received (text): una mida, p. ex. "1.5 MiB"
ui-mailbox-received = { $received } rebuts
ui-mailbox-empty = La bústia és buida.
ui-mailbox-press-load = Premeu «Carrega la bústia» per llistar els missatges.
ui-mailbox-col-number-title = Número de missatge (RFC 1939 §5)
ui-mailbox-col-size = Mida
ui-mailbox-col-size-title = Octets, segons LIST
ui-mailbox-col-uid-title = Identificador únic, segons UIDL
ui-mailbox-col-from = De
ui-mailbox-col-subject = Assumpte
ui-mailbox-col-date = Data
ui-mailbox-col-actions = Accions
ui-mailbox-showing = Es mostren { $shown } de { $total }.
ui-mailbox-show-more = Mostra'n { $count } més
ui-mailbox-show-message = Mostra el missatge { $number }
ui-mailbox-retr-title = RETR { $number }: obtén-lo i mostra'l
ui-mailbox-dele-title = DELE { $number }: marca'l com a esborrat
ui-mailbox-size-title = { $octets ->
    [one] 1 octet, segons LIST
   *[other] { $octets } octets, segons LIST
}
ui-mailbox-deleted = esborrat
ui-mailbox-open = Obre

## Missatge

ui-message-title = Missatge
ui-message-empty = Obriu un missatge per veure'n les capçaleres, l'estructura MIME i el cos.
ui-message-views = Vistes del missatge
ui-message-tab-headers = Capçaleres
ui-message-tab-structure = Estructura
ui-message-tab-text = Text
ui-message-tab-html = HTML
ui-message-tab-attachments = Adjunts
ui-message-tab-raw = En brut
ui-message-no-subject = (sense assumpte)
ui-message-from = De
ui-message-to = Per a
ui-message-date = Data
# El número i la mida del missatge ($size: el mateix, p. ex. "1.5 MiB")
ui-message-number-size = núm. { $number }, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
} ({ $size })
ui-message-problem-not-a-message = No s'ha trobat cap camp de capçalera: no sembla un missatge d'Internet (RFC 5322)
ui-message-problem-undecodable = { $count ->
    [one] 1 part no s'ha pogut descodificar del tot (base64, quoted-printable o joc de caràcters incorrectes); es mostra el que s'ha pogut llegir
   *[other] { $count } parts no s'han pogut descodificar del tot (base64, quoted-printable o joc de caràcters incorrectes); es mostra el que s'ha pogut llegir
}
ui-message-heading = Missatge { $number }
ui-message-fetching = S'està obtenint…
ui-message-reading = S'està llegint el missatge per parts…
ui-message-problem-no-reader = No s'ha pogut llegir el missatge per parts aquí: { $reason }. Encara se'n mostra el codi font.
ui-message-send-retr = Envia RETR { $number }
ui-message-retry-retr = Torna a provar RETR { $number }
ui-message-no-headers = Cap camp de capçalera.
ui-message-as-sent = Tal com s'ha enviat
ui-message-part-octets = { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
}
ui-message-part-octets-sent = { $octets ->
    [one] 1 octet tal com s'ha enviat
   *[other] { $octets } octets tal com s'han enviat
}
ui-message-part-count = { $count ->
    [one] 1 part
   *[other] { $count } parts
}
ui-message-part-charset = joc de caràcters { $charset }
ui-message-part-raw-title = { $octets ->
    [one] 1 octet amb capçaleres, tal com s'ha enviat
   *[other] { $octets } octets amb capçaleres, tal com s'han enviat
}
ui-message-implied = (implícit)
ui-message-implied-title = Sense camp Content-Type: valor per defecte de l'RFC 2045 §5.2
ui-message-part-problem = no s'ha pogut descodificar del tot
ui-message-no-structure = No s'ha pogut llegir cap estructura MIME.
ui-message-no-text = Aquest missatge no té cap part de text.
ui-message-text-from-html = No hi ha cap part text/plain: aquest text s'ha obtingut de la part HTML.
ui-message-no-attachments = Cap adjunt.
ui-message-col-name = Nom
ui-message-col-type = Tipus
ui-message-col-size = Mida
ui-message-no-name = (sense nom)
ui-message-large = Aquest missatge fa { $size }: llegir-ne totes les parts atura la pàgina un moment, així que espera que ho demaneu.
ui-message-large-open = Mostra’n les parts
ui-message-attachment-download = Desa aquest fitxer adjunt
ui-message-decoded-title = { $octets ->
    [one] 1 octet descodificat
   *[other] { $octets } octets descodificats
}
# $size (text): p. ex. "1.5 MiB"
ui-message-show-all = Mostra-ho tot ({ $size } més)
ui-message-no-html = Aquest missatge no té cap part HTML.
ui-message-html-mode = Com es mostra l'HTML
ui-message-html-rendered = Renderitzat (aïllat)
ui-message-html-source = Codi font
ui-message-html-frame = Part HTML, aïllada: sense scripts ni contingut remot
# Mides: $size és un nombre, amb un decimal per sota de 10 (p. ex. "1.5")

ui-message-size-bytes = { $size } B
ui-message-size-kib = { $size } KiB
ui-message-size-mib = { $size } MiB
ui-message-size-gib = { $size } GiB
ui-message-size-tib = { $size } TiB

## Transcripció

ui-transcript-title = Transcripció
ui-transcript-toolbar = Visualització de la transcripció
ui-transcript-crlf = Mostra CR/LF
ui-transcript-crlf-title = Mostra els finals de línia: ␍ és CR, ␊ és LF
ui-transcript-hex = Hex
ui-transcript-hex-title = Mostra els bytes de l'entrada seleccionada en hexadecimal
ui-transcript-reveal = Mostra els secrets
ui-transcript-reveal-title = Mostra les contrasenyes i les respostes SASL en lloc de ********
ui-transcript-follow = Segueix
ui-transcript-follow-title = Mantén visible l'entrada més recent
ui-transcript-problems = Només problemes
ui-transcript-problems-title = Llista només les entrades amb un avís o una infracció de l'RFC
ui-transcript-count-problems = { $shown } de { $total ->
    [one] { $total } entrada
   *[other] { $total } entrades
}
ui-transcript-no-problems = No hi ha cap avís ni cap infracció de l'RFC en aquesta transcripció
ui-transcript-clear = Esborra
ui-transcript-clear-title = Oblida totes les entrades mostrades fins ara
ui-transcript-count = { $count ->
    [one] 1 entrada
   *[other] { $count } entrades
}
ui-transcript-list = Transcripció de la sessió POP3
ui-transcript-empty = Connecteu-vos a un servidor per veure aquí cada byte
ui-transcript-keys-hint = Useu les fletxes amunt i avall, Re Pàg, Av Pàg, Inici i Fi per seleccionar una entrada; els seus detalls són després de la llista.
ui-transcript-selected = Entrada seleccionada
ui-transcript-select-hint = Seleccioneu una entrada (feu-hi clic o useu ↑ i ↓ a la llista) per veure'n els bytes i totes les notes que en parlen.
# La columna de direcció: les línies del client són "C:", les del servidor "S:", la resta, aquesta paraula
ui-transcript-dir-proxy = intermediari
ui-transcript-dir-client = Client → servidor
ui-transcript-dir-server = Servidor → client
ui-transcript-dir-proxy-title = Del servidor intermediari o d'aquesta aplicació
ui-transcript-state-change = Canvi d'estat
ui-transcript-body-title = Una resposta multilínia: seleccioneu-la per llegir-ne el cos
ui-transcript-rtt-title = Anada i tornada: des de l'enviament de l'ordre fins a aquesta resposta
ui-transcript-warning = Avís
ui-transcript-violation = Infracció de l'RFC
ui-transcript-severity-info = info
ui-transcript-severity-warning = avís
ui-transcript-severity-violation = infracció
# $rtt (text): p. ex. "3.2 ms"
ui-transcript-round-trip = anada i tornada { $rtt }
# $size (text): de ui-transcript-octets
ui-transcript-raw = En brut: { $size }
# $size (text): de ui-transcript-body-size
ui-transcript-body = Cos: { $size }
ui-transcript-octets = { $count ->
    [one] 1 octet
   *[other] { $count } octets
}
ui-transcript-body-size = { $lines ->
    [one] 1 línia
   *[other] { $lines } línies
}, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
}
ui-transcript-hex-cut = Es mostren els primers { $shown } de { $total } octets.
ui-transcript-body-cut = Es mostren els primers { $kib } KiB de { $total } octets.
ui-transcript-secret-revealed = Secret revelat: ara és a la vostra pantalla.
ui-transcript-secret-masked = Aquesta línia conté un secret, aquí emmascarat. Premeu «Mostra els secrets» per veure'l.
# El que diu un lector de pantalla per a l'entrada seleccionada: la seva posició,
# la seva direcció (ui-transcript-dir-proxy, o "C:"/"S:"), la línia i la seva explicació
ui-transcript-announce = Entrada { $number } de { $total }, { $direction } { $line }. { $headline }
