//! Being written.

use yew::prelude::*;

#[function_component(MessageView)]
pub fn placeholder() -> Html {
    html! {}
}
