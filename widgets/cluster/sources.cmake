# Sources of the cluster detail (brokers, topics, consumer groups of one cluster), added to fleetscope_widgets.
target_sources(fleetscope_widgets PRIVATE
    cluster/SortedRowSync.h
    cluster/SortedTableModel.h
    cluster/ClusterBrokersModel.h cluster/ClusterBrokersModel.cpp
    cluster/ClusterTopicsModel.h cluster/ClusterTopicsModel.cpp
    cluster/ConsumerGroupsModel.h cluster/ConsumerGroupsModel.cpp
    cluster/ClusterDetailView.h cluster/ClusterDetailView.cpp
)
