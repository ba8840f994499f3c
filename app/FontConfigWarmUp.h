// Loads the system's font configuration on a second thread while the window's
// QApplication connects to the display.
//
// Qt reads fontconfig's configuration and caches the first time it needs a
// font, on the GUI thread, in the middle of building the window: about a
// fifth of the time to the first paint (bench_startup). Nothing else the
// process does before that needs fonts, so on any machine with a second
// core the reading can run beside QApplication's own start (the display
// connection, the platform plug-in) instead of after it. fontconfig keeps one
// process-wide configuration, made once and published atomically, so Qt
// finds it ready. Linux and other fontconfig systems only; elsewhere, and
// when the build has no fontconfig, it does nothing.
#pragma once

#include <thread>

namespace d360 {

class FontConfigWarmUp
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    // Returns once the configuration is loaded (at once if it never started).
    void wait();

private:
    std::thread m_thread;
};

} // namespace d360
