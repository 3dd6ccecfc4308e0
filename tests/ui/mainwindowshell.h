#pragma once
// The real MainWindow on its own in-process simulator, started as the demo is: shared by the
// widget tests that drive the whole window.
#include "../core/simfixture.h"

#include "model/space.h"
#include "models/spacetreemodel.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/pagetabs.h"

#include <functional>
#include <memory>

namespace Density {

//! A window on its own simulator, started as the demo is.
struct Shell {
    explicit Shell(Sim::SimOptions options = {}, QString token = QStringLiteral("tok_demo"))
        : sim(options)
        , window(std::make_unique<MainWindow>(&sim.client)) {
        window->setDemoStarter([this, token] {
            return MainWindow::DemoServer{sim.server->baseUrl(), token, {}};
        });
    }

    //! Shows the window, starts the demo and waits for the first load.
    bool start() {
        bool ready = false;
        QObject::connect(window.get(), &MainWindow::ready, [&ready] { ready = true; });
        window->show();
        if (!window->startDemo())
            return false;
        return waitFor([&ready] { return ready; }, 15000);
    }

    OverviewPage *overview() const {
        return qobject_cast<OverviewPage *>(window->pageTabs()->page(DashboardPage::Overview));
    }

    //! The first space (depth first) for which `accept` holds.
    const Space *findSpace(const std::function<bool(const Space &)> &accept) const {
        const SpaceTreeModel *model = window->spaceModel();
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (const Space *space = model->space(index); space && accept(*space))
                    return space;
                pending.append(index);
            }
        }
        return nullptr;
    }

    SimFixture sim;
    std::unique_ptr<MainWindow> window;
};

} // namespace Density
