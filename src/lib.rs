//! POP3 Playground, the browser app: a POP3 client compiled to WebAssembly that
//! shows every byte on the wire with a plain-language annotation.
//!
//! The protocol itself lives in the `pop3` crate; this crate is the user interface.

use yew::prelude::*;

/// RFC 1939 §7's APOP example: the server's greeting timestamp...
pub const APOP_EXAMPLE_TIMESTAMP: &str = "<1896.697170952@dbc.mtview.ca.us>";
/// ...the shared secret...
pub const APOP_EXAMPLE_SECRET: &str = "tanstaaf";
/// ...and the digest the RFC gives for them.
pub const APOP_EXAMPLE_DIGEST: &str = "c4c9334bac560ecc979e58001b3e22fb";

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    // Computed by the protocol core at run time, so the page shows the core is linked.
    let digest = pop3::apop::digest(APOP_EXAMPLE_TIMESTAMP, APOP_EXAMPLE_SECRET);
    let matches = digest == APOP_EXAMPLE_DIGEST;

    html! {
        <main class="app">
            <header class="app-header">
                <h1>{ "POP3 Playground" }</h1>
                <p class="tagline">
                    { "A POP3 client in your browser: connect to a server and see every \
                       byte on the wire, explained line by line." }
                </p>
            </header>

            <section class="panel" aria-label="Session">
                <h2>{ "Session" }</h2>
                <p>
                    { "State: " }
                    <span class="session-state" data-testid="session-state">{ "DISCONNECTED" }</span>
                </p>
            </section>

            <section class="panel" aria-label="Protocol core check">
                <h2>{ "Protocol core check" }</h2>
                <p class="muted">
                    { "The APOP digest of RFC 1939 §7's example, " }
                    <code>{ format!("MD5(\"{APOP_EXAMPLE_TIMESTAMP}{APOP_EXAMPLE_SECRET}\")") }</code>
                    { ", computed here by the protocol core:" }
                </p>
                <p>
                    <code class="digest" data-testid="apop-digest">{ digest }</code>
                    { " " }
                    if matches {
                        <span class="check-ok">{ "matches the RFC" }</span>
                    } else {
                        <span class="check-failed">{ format!("differs from the RFC's {APOP_EXAMPLE_DIGEST}") }</span>
                    }
                </p>
            </section>
        </main>
    }
}
