//! Being written.

use yew::prelude::*;

#[function_component(TranscriptView)]
pub fn placeholder() -> Html {
    html! {}
}
