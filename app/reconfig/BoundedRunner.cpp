#include "reconfig/BoundedRunner.h"

#include <QThreadPool>

namespace fleetscope {

void BoundedRunner::run(int count, int concurrency, const std::function<void(int)> &work)
{
    if (count <= 0)
        return;
    if (count == 1 || concurrency <= 1) {
        for (int i = 0; i < count; ++i)
            work(i);
        return;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(qMin(count, concurrency));
    for (int i = 0; i < count; ++i)
        pool.start([&work, i] { work(i); });
    pool.waitForDone();
}

} // namespace fleetscope
