"""Icons, styles and translations, shipped as ui.resources."""
