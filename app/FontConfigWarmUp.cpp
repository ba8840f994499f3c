// See FontConfigWarmUp.h.
#include "FontConfigWarmUp.h"

#ifdef D360_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace d360 {

FontConfigWarmUp::FontConfigWarmUp()
{
#ifdef D360_HAVE_FONTCONFIG
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace d360
