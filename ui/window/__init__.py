"""The main window: the window itself, its actions and menus, and the windows open on plans."""
