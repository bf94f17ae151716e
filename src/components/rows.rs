//! The geometry of the transcript's virtualised list: how tall a row is (two
//! lines, or four on a phone), which rows are in view, and where to scroll so
//! that a row is.

/// The height of one row in CSS pixels; every row is exactly this tall (two
/// lines: the line as sent and its explanation).
pub const ROW_HEIGHT: f64 = 44.0;
/// On a phone (`PHONE_WIDTH` and narrower) a row is four lines: the line as
/// sent and its explanation may take two each (style.css).
pub const PHONE_ROW_HEIGHT: f64 = 80.0;
/// The widest window laid out as a phone; style.css has the same breakpoint.
#[cfg(target_arch = "wasm32")]
const PHONE_WIDTH: &str = "(max-width: 600px)";

/// The row height for the window as it is now.
pub fn row_height() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        let phone = web_sys::window()
            .and_then(|w| w.match_media(PHONE_WIDTH).ok().flatten())
            .is_some_and(|m| m.matches());
        if phone {
            return PHONE_ROW_HEIGHT;
        }
    }
    ROW_HEIGHT
}

/// Where to scroll the list so that the row at `position` is wholly in view:
/// `None` when it already is.
pub(super) fn scroll_to_show(position: usize, top: f64, height: f64) -> Option<f64> {
    let row_top = position as f64 * row_height();
    if row_top < top {
        Some(row_top)
    } else if row_top + row_height() > top + height {
        Some((row_top + row_height() - height).max(0.0))
    } else {
        None
    }
}

/// The visible height of the list: its own, but never more than the window's,
/// so an unstyled list (no fixed height) still draws only a screenful.
pub(super) fn visible_height(el: &web_sys::Element) -> f64 {
    let own = f64::from(el.client_height());
    let window = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .filter(|h| *h > 0.0);
    match window {
        Some(window) if own > 0.0 => own.min(window),
        Some(window) => window,
        None => own,
    }
}

/// The first and last fully or partly visible rows.
pub(super) fn visible_rows(top: f64, height: f64, len: usize) -> (usize, usize) {
    let last = len.saturating_sub(1);
    let first = ((top / row_height()).ceil() as usize).min(last);
    let bottom = (((top + height) / row_height()).floor() as usize)
        .saturating_sub(1)
        .clamp(first, last);
    (first, bottom)
}

/// Scrolls the page, if need be, so that the row `offset` pixels below the top
/// of the list's visible area is on screen.
pub(super) fn show_on_page(list: &web_sys::Element, offset: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(screen) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
        return;
    };
    let row_top = list.get_bounding_client_rect().top() + f64::from(list.client_top()) + offset;
    let delta = if row_top < 0.0 {
        row_top
    } else if row_top + row_height() > screen {
        row_top + row_height() - screen
    } else {
        return;
    };
    window.scroll_by_with_x_and_y(0.0, delta);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_out_of_view_is_scrolled_to_the_nearest_edge() {
        let height = 10.0 * ROW_HEIGHT;
        assert_eq!(scroll_to_show(3, 0.0, height), None);
        assert_eq!(scroll_to_show(9, 0.0, height), None);
        assert_eq!(scroll_to_show(10, 0.0, height), Some(ROW_HEIGHT));
        assert_eq!(
            scroll_to_show(2, 5.0 * ROW_HEIGHT, height),
            Some(2.0 * ROW_HEIGHT)
        );
    }

    #[test]
    fn visible_rows_are_within_the_list() {
        assert_eq!(visible_rows(0.0, 10.0 * ROW_HEIGHT, 100), (0, 9));
        assert_eq!(visible_rows(0.0, 10.0 * ROW_HEIGHT, 3), (0, 2));
        assert_eq!(visible_rows(0.0, 0.0, 1), (0, 0));
    }
}
