//! Being written.

use yew::prelude::*;

/// Being written.
#[function_component(Lessons)]
pub fn placeholder() -> Html {
    html! {}
}
