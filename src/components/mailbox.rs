//! Being written.

use yew::prelude::*;

#[function_component(Mailbox)]
pub fn placeholder() -> Html {
    html! {}
}
