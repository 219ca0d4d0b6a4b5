#ifndef BURNRATE_CNCURSESW_SHIM_H
#define BURNRATE_CNCURSESW_SHIM_H

// Wide-character curses (cchar_t, get_wch, setcchar) needs the X/Open extended API; defined here
// so we need none of the flags pkg-config would pass (SwiftPM refuses them as "prohibited").
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals and macros Swift 6 cannot use directly: globals are shared mutable state, and
// function-like macros are not imported at all.

static inline FILE *burnrate_stdin(void) { return stdin; }
static inline WINDOW *burnrate_stdscr(void) { return stdscr; }
static inline WINDOW *burnrate_curscr(void) { return curscr; }
static inline WINDOW *burnrate_newscr(void) { return newscr; }
static inline int burnrate_cols(void) { return COLS; }
static inline int burnrate_lines(void) { return LINES; }
static inline int burnrate_colors(void) { return COLORS; }
static inline int burnrate_color_pairs(void) { return COLOR_PAIRS; }
static inline int burnrate_err(void) { return ERR; }
static inline int burnrate_ok(void) { return OK; }
static inline int burnrate_key_code_yes(void) { return KEY_CODE_YES; }
static inline int burnrate_key_f(int n) { return KEY_F(n); }
/// Key codes for the two ends of a bracketed paste, given to define_key: far above KEY_MAX and
/// the codes ncurses numbers a terminfo entry's extended keys with, below the 16 bits its key
/// table holds.
static inline int burnrate_key_paste_start(void) { return 0x6000; }
static inline int burnrate_key_paste_end(void) { return 0x6001; }

static inline attr_t burnrate_a_normal(void) { return A_NORMAL; }
static inline attr_t burnrate_a_bold(void) { return A_BOLD; }
static inline attr_t burnrate_a_dim(void) { return A_DIM; }
static inline attr_t burnrate_a_italic(void) { return A_ITALIC; }
static inline attr_t burnrate_a_underline(void) { return A_UNDERLINE; }
static inline attr_t burnrate_a_reverse(void) { return A_REVERSE; }

static inline mmask_t burnrate_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t burnrate_button2_pressed(void) { return BUTTON2_PRESSED | BUTTON2_CLICKED; }
static inline mmask_t burnrate_button3_pressed(void) { return BUTTON3_PRESSED | BUTTON3_CLICKED; }
/// What ncurses reports when the first button goes up: no press, yet a mouse report all the same.
static inline mmask_t burnrate_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t burnrate_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t burnrate_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t burnrate_button5_pressed(void) { return 0; }
#endif

/// Turns on the mouse events the dashboard uses: presses of the three buttons and the wheel.
/// With a zero click interval ncurses reports presses at once instead of waiting to see
/// whether they become clicks.
static inline int burnrate_enable_mouse(void) {
    mmask_t wanted = burnrate_button1_pressed() | burnrate_button2_pressed()
        | burnrate_button3_pressed() | burnrate_button4_pressed() | burnrate_button5_pressed();
    mouseinterval(0);
    return mousemask(wanted, NULL) != 0;
}

static inline void burnrate_disable_mouse(void) { mousemask(0, NULL); }

/// The newest mouse report not yet taken: 0 and its position and button state, or ERR when
/// none is left.
static inline int burnrate_get_mouse(int *x, int *y, mmask_t *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *buttons = event.bstate;
    return OK;
}

/// Puts one character cell (up to CCHARW_MAX code points, 0-terminated) with attributes and an
/// extended colour pair. The pair goes through setcchar's `opts`, so pairs above 32767 work.
static inline int burnrate_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, 0, &pair) != OK) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

static inline int burnrate_ccharw_max(void) { return CCHARW_MAX; }

/// The terminal's size from the kernel, which knows it before ncurses does after a SIGWINCH.
static inline int burnrate_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return ERR;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return OK;
}

/// An anonymous file in memory (memfd_create, close-on-exec), or -1; glibc declares
/// memfd_create only for _GNU_SOURCE, which the shim does not define.
static inline int burnrate_memory_file(void) {
#ifdef SYS_memfd_create
    return (int)syscall(SYS_memfd_create, "burnrate-frame", 1u /* MFD_CLOEXEC */);
#else
    return -1;
#endif
}

/// A terminfo string capability, or NULL when the terminal has none (tigetstr returns -1 for
/// names that are not string capabilities).
static inline const char *burnrate_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// Installs `handler` for `signal` with sigaction, keeping the previous action in `previous`.
static inline int burnrate_install_signal_handler(int signal, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(signal, &action, previous);
}

static inline int burnrate_restore_signal_handler(int signal, const struct sigaction *previous) {
    return sigaction(signal, previous, NULL);
}

#endif
