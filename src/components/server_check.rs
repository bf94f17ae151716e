//! Being written.

use yew::prelude::*;

/// Being written.
#[function_component(ServerCheck)]
pub fn placeholder() -> Html {
    html! {}
}
