// density-cli: every Density API v3 endpoint from the shell. See `density-cli --help`.
#include "runner.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("density-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(DENSITY_VERSION));

    Density::Cli::installQtMessageFilter();
    Density::Cli::Runner runner;
    const int code = runner.start(QCoreApplication::arguments().mid(1),
                                  QProcessEnvironment::systemEnvironment());
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
