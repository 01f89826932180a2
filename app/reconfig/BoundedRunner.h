#pragma once

#include <functional>

namespace fleetscope {

// Runs work(0) .. work(count - 1) on at most `concurrency` threads of a pool of its own and waits
// for all of them. For blocking per-cluster work (a hung cluster holds one thread, not the others).
class BoundedRunner final
{
public:
    static void run(int count, int concurrency, const std::function<void(int)> &work);
};

} // namespace fleetscope
